import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { paths } from '@/config/paths';
import { authQueries } from '@/features/auth/api';
import { ProfileEmailForm } from '@/features/auth/components/profile-email-form';
import { ProfileNameForm } from '@/features/auth/components/profile-name-form';
import { ProfilePasswordForm } from '@/features/auth/components/profile-password-form';
import { useDocumentTitle } from '@/lib/use-document-title';

export { PageError as ErrorBoundary } from './page-error';

/** "/profiel": name, e-mail address and password of the signed-in person; a visitor is sent to sign in. */
export function ProfilePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.profile.title'));
  const me = useQuery(authQueries.me());
  const account = useQuery({ ...authQueries.account(), enabled: Boolean(me.data) });

  if (me.isSuccess && !me.data) return <Navigate to={paths.signIn.href(paths.profile.href())} replace />;
  return (
    <div className="page page--narrow">
      <h1 className="utrecht-heading-1">{t('auth.profile.title')}</h1>
      <p className="utrecht-paragraph">{t('auth.profile.intro')}</p>
      {me.isError ? <ErrorState error={me.error} onRetry={() => void me.refetch()} /> : null}
      {me.isPending ? <Skeleton /> : null}
      {me.data ? <ProfileNameForm key={me.data.id} displayName={me.data.display_name} /> : null}
      {me.data && account.isPending ? <Skeleton lines={2} /> : null}
      {account.isError ? <ErrorState error={account.error} onRetry={() => void account.refetch()} /> : null}
      {account.data && account.data.provider !== 'email' ? (
        <p className="utrecht-paragraph">{t('auth.profile.managed', { provider: account.data.provider })}</p>
      ) : null}
      {account.data && account.data.provider === 'email' ? (
        <>
          <ProfileEmailForm account={account.data} />
          <ProfilePasswordForm />
        </>
      ) : null}
      <p className="utrecht-paragraph">
        {t('auth.profile.privacy')}{' '}
        <Link to={paths.privacy.href()} className="utrecht-link">
          {t('auth.profile.privacyLink')}
        </Link>
      </p>
    </div>
  );
}
