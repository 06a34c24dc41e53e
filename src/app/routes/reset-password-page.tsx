import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { Skeleton } from '@/components/ui/skeleton';
import { showToast } from '@/components/ui/toast-store';
import { paths } from '@/config/paths';
import { authQueries } from '@/features/auth/api';
import { NewPasswordForm } from '@/features/auth/components/new-password-form';
import { readAuthLanding, redirectErrorKey } from '@/features/auth/model';
import { useDocumentTitle } from '@/lib/use-document-title';

export { PageError as ErrorBoundary } from './page-error';

/** "/wachtwoord-herstellen": a new password for the session the recovery link started. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.newPasswordPage.title'));
  const navigate = useNavigate();
  const { search, hash } = useLocation();
  const me = useQuery(authQueries.me());
  // GoTrue's default recovery template redirects here, with an error in the fragment when the link is stale
  const landing = readAuthLanding(search, hash);
  const problem = landing.kind === 'error' ? redirectErrorKey(landing.error) : null;

  const saved = () => {
    showToast(t('auth.newPasswordPage.done'));
    void navigate(paths.home.href(), { replace: true });
  };

  return (
    <div className="page page--narrow">
      <h1 className="utrecht-heading-1">{t('auth.newPasswordPage.title')}</h1>
      {me.isPending ? <Skeleton lines={3} /> : null}
      {me.data && !problem ? (
        <>
          <p className="utrecht-paragraph">{t('auth.newPasswordPage.intro')}</p>
          <NewPasswordForm submitLabel={t('auth.newPasswordPage.submit')} onSaved={saved} />
        </>
      ) : null}
      {(me.isSuccess && !me.data) || me.isError || problem ? (
        <>
          <div className="utrecht-alert utrecht-alert--warning" role="alert">
            {problem ? <p className="utrecht-paragraph">{t(problem)}</p> : null}
            <p className="utrecht-paragraph">{t('auth.newPasswordPage.noSession')}</p>
          </div>
          <p className="utrecht-paragraph">
            <Link to={paths.forgotPassword.href()} className="utrecht-link">
              {t('auth.newPasswordPage.requestNew')}
            </Link>
          </p>
        </>
      ) : null}
    </div>
  );
}
