import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { paths } from '@/config/paths';
import { AttachmentGallery } from '@/features/attachments/components/attachment-gallery';
import { initiativeQueries } from '@/features/initiatives/api';
import { InitiativeDetail } from '@/features/initiatives/components/initiative-detail';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useInitiativeLookups } from './initiative-lookups';

type InitiativeDetailPanelProps = { id: string; backHref: string; signedIn: boolean };

export function InitiativeDetailPanel({ id, backHref, signedIn }: InitiativeDetailPanelProps) {
  const { t } = useTranslation();
  const { themeName } = useInitiativeLookups();
  const detail = useQuery(initiativeQueries.detail(id));
  const chain = useQuery({ ...initiativeQueries.chain(id), enabled: detail.isSuccess });
  useDocumentTitle(detail.data?.initiative.title);
  return (
    <div className="panel">
      <Link to={backHref} className="utrecht-link back-link">
        {t('initiatives.detail.back')}
      </Link>
      {detail.isPending ? <Skeleton /> : null}
      {detail.isError ? <ErrorState error={detail.error} /> : null}
      {detail.data ? (
        <InitiativeDetail
          detail={detail.data}
          {...(chain.data ? { chain: chain.data } : {})}
          signedIn={signedIn}
          documentHref={paths.document.href}
          themeName={themeName}
          media={<AttachmentGallery target={{ kind: 'initiative', id }} allowDocuments={false} />}
        />
      ) : null}
    </div>
  );
}
