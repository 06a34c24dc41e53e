import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/ui/error-state';
import { adminQueries } from '@/features/admin/api';
import { AdminOverview } from '@/features/admin/components/admin-overview';
import { consoleCounts } from '@/features/admin/model';
import { useDocumentTitle } from '@/lib/use-document-title';

export { PageError as ErrorBoundary } from './page-error';

/** /beheer: what the console holds, a link to each screen. */
export function AdminOverviewPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.title'));
  const data = useQuery(adminQueries.console());
  const invitations = useQuery(adminQueries.invitations());
  const pending = invitations.data?.filter((i) => i.status === 'pending').length ?? null;
  return (
    <>
      <h1 className="utrecht-heading-1">{t('admin.title')}</h1>
      <p className="utrecht-paragraph">{t('admin.overview.intro')}</p>
      <p className="muted" role="status">
        {data.isPending || invitations.isPending ? t('admin.overview.loading') : null}
      </p>
      {data.isError ? <ErrorState error={data.error} onRetry={() => void data.refetch()} /> : null}
      <AdminOverview counts={data.data ? consoleCounts(data.data) : null} pendingInvitations={pending} />
    </>
  );
}
