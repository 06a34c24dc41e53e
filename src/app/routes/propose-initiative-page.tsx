import { useQuery, type QueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Skeleton } from '@/components/ui/skeleton';
import { paths } from '@/config/paths';
import { areaQueries } from '@/features/areas/api';
import { authQueries } from '@/features/auth/api';
import { initiativeQueries } from '@/features/initiatives/api';
import { ProposeForm } from '@/features/initiatives/components/propose-form';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useInitiativeLookups } from './initiative-lookups';
import { useProposalPhotos } from './propose-photos';

export { PageError as ErrorBoundary } from './page-error';

export const loader = (qc: QueryClient) => () => {
  void qc.prefetchQuery(initiativeQueries.themes());
  void qc.prefetchQuery(areaQueries.overview());
  return null;
};

/** "/initiatieven/nieuw": the proposal form beside the map, which is in pin-placing mode. */
export function ProposeInitiativePage() {
  const { t } = useTranslation();
  const me = useQuery(authQueries.me());
  useDocumentTitle(t('initiatives.propose.heading'));
  return (
    <div className="panel">
      <Link to={paths.initiatives.href()} className="utrecht-link back-link">
        {t('initiatives.detail.back')}
      </Link>
      <h1 className="utrecht-heading-1">{t('initiatives.propose.heading')}</h1>
      {me.isPending ? <Skeleton /> : null}
      {me.isSuccess && !me.data ? (
        <p className="utrecht-paragraph">
          <Link to={paths.signIn.href()} className="utrecht-link">
            {t('initiatives.signInToPropose')}
          </Link>
        </p>
      ) : null}
      {me.data ? <Form /> : null}
    </div>
  );
}

function Form() {
  const navigate = useNavigate();
  const { themes, themeName, districts } = useInitiativeLookups();
  const photos = useProposalPhotos();
  return (
    <ProposeForm
      themes={themes.map((x) => ({ id: x.id, label: themeName(x) }))}
      districts={districts.map((d) => ({ id: d.id, label: d.name }))}
      extra={photos.picker}
      validateExtra={photos.validate}
      busy={photos.busy}
      onProposed={(id) => void photos.upload(id).finally(() => void navigate(paths.initiative.href(id)))}
    />
  );
}
