import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Skeleton } from '@/components/ui/skeleton';
import { paths } from '@/config/paths';
import { authQueries } from '@/features/auth/api';
import { ModerationQueue } from '@/features/initiatives/components/moderation-queue';
import { useDocumentTitle } from '@/lib/use-document-title';
import { FinishPhotoRemovals, ReportedPhotos } from './moderation-photos';

export { PageError as ErrorBoundary } from './page-error';

/** /beheer/meldingen — admins review reported initiatives and comments. */
export function ModerationPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('initiatives.moderation.title'));
  const me = useQuery(authQueries.me());
  let body;
  if (me.isPending) body = <Skeleton />;
  else if (!me.data)
    body = (
      <Link to={paths.signIn.href()} className="utrecht-link">
        {t('audit.signInFirst')}
      </Link>
    );
  else if (!me.data.is_admin) body = <p className="utrecht-paragraph">{t('initiatives.moderation.adminsOnly')}</p>;
  else
    body = (
      <>
        <p className="utrecht-paragraph">{t('initiatives.moderation.intro')}</p>
        <ModerationQueue
          hrefOf={(id) => paths.initiative.href(id)}
          renderExtras={(item) => <ReportedPhotos item={item} />}
        />
        <FinishPhotoRemovals />
      </>
    );
  return (
    <div className="page page--narrow">
      <h1 className="utrecht-heading-1">{t('initiatives.moderation.title')}</h1>
      {body}
    </div>
  );
}
