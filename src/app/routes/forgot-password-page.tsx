import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { ForgotPasswordForm } from '@/features/auth/components/forgot-password-form';
import { useDocumentTitle } from '@/lib/use-document-title';

export { PageError as ErrorBoundary } from './page-error';

/** "/wachtwoord-vergeten": ask for a recovery mail. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.forgot.title'));
  return (
    <div className="page page--narrow">
      <h1 className="utrecht-heading-1">{t('auth.forgot.title')}</h1>
      <p className="utrecht-paragraph">{t('auth.forgot.intro')}</p>
      <ForgotPasswordForm />
      <p className="utrecht-paragraph">
        <Link to={paths.signIn.href()} className="utrecht-link">
          {t('auth.backToSignIn')}
        </Link>
      </p>
    </div>
  );
}
