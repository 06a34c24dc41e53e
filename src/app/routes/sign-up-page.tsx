import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { SignUpForm } from '@/features/auth/components/sign-up-form';
import { useDocumentTitle } from '@/lib/use-document-title';

export { PageError as ErrorBoundary } from './page-error';

export function SignUpPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.signUpTitle'));
  const navigate = useNavigate();
  return (
    <div className="page page--narrow">
      <h1 className="utrecht-heading-1">{t('auth.signUpTitle')}</h1>
      <p className="utrecht-paragraph">{t('auth.signUpIntro')}</p>
      <SignUpForm onSignedUp={() => void navigate(paths.home.href())} />
      <p className="utrecht-paragraph">
        {t('auth.haveAccount')}{' '}
        <Link to={paths.signIn.href()} className="utrecht-link">
          {t('auth.signInLink')}
        </Link>
      </p>
    </div>
  );
}
