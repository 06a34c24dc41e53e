import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Skeleton } from '@/components/ui/skeleton';
import { paths } from '@/config/paths';
import { exportMyAttachments, releaseMyAttachments } from '@/features/attachments/api';
import { authQueries } from '@/features/auth/api';
import { PrivacyPanel } from '@/features/initiatives/components/privacy-panel';
import { useDocumentTitle } from '@/lib/use-document-title';

export { PageError as ErrorBoundary } from './page-error';

/** "/privacy": download my data, delete my account. */
export function PrivacyPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useQuery(authQueries.me());
  useDocumentTitle(t('initiatives.privacy.title'));
  return (
    <div className="page narrow">
      <h1 className="utrecht-heading-1">{t('initiatives.privacy.title')}</h1>
      <p className="utrecht-paragraph">{t('initiatives.privacy.intro')}</p>
      {me.isPending ? <Skeleton /> : null}
      {me.isSuccess && !me.data ? (
        <Link to={paths.signIn.href(paths.privacy.href())} className="utrecht-link">
          {t('initiatives.privacy.signIn')}
        </Link>
      ) : null}
      {me.data ? (
        <p className="utrecht-paragraph">
          {t('auth.profile.fromPrivacy')}{' '}
          <Link to={paths.profile.href()} className="utrecht-link">
            {t('auth.profile.navLink')}
          </Link>
        </p>
      ) : null}
      {me.data ? <p className="utrecht-paragraph">{t('attachments.privacy.note')}</p> : null}
      {me.data ? (
        <PrivacyPanel
          onDeleted={() => void navigate(paths.home.href())}
          extendExport={async () => ({ photos_and_documents: await exportMyAttachments() })}
          beforeDelete={releaseMyAttachments}
        />
      ) : null}
    </div>
  );
}
