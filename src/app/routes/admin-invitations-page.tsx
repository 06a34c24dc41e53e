import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { adminQueries } from '@/features/admin/api';
import { ConsoleData } from '@/features/admin/components/console-data';
import { InvitationList } from '@/features/admin/components/invitation-list';
import { InviteForm } from '@/features/admin/components/invite-form';
import { useDocumentTitle } from '@/lib/use-document-title';

export { PageError as ErrorBoundary } from './page-error';

/** /beheer/uitnodigingen — invite an address with a role; see and withdraw invitations. */
export function AdminInvitationsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.invitations.title'));
  const invitations = useQuery(adminQueries.invitations());
  return (
    <>
      <h1 className="utrecht-heading-1">{t('admin.invitations.title')}</h1>
      <p className="utrecht-paragraph">{t('admin.invitations.intro')}</p>
      <ConsoleData loadingLabel={t('admin.invitations.loadingForm')}>
        {(data) => <InviteForm areas={data.areas} councils={data.councils} />}
      </ConsoleData>
      {invitations.isPending ? (
        <Skeleton label={t('admin.invitations.loading')} />
      ) : invitations.isError ? (
        <ErrorState error={invitations.error} onRetry={() => void invitations.refetch()} />
      ) : (
        <InvitationList invitations={invitations.data} />
      )}
    </>
  );
}
