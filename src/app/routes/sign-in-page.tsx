import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { DemoAccounts } from '@/features/auth/components/demo-accounts';
import { ResetDemoData } from '@/features/auth/components/reset-demo-data';
import { SignInForm } from '@/features/auth/components/sign-in-form';
import { isEmbedded } from '@/lib/supabase/client';
import { useDocumentTitle } from '@/lib/use-document-title';

export { PageError as ErrorBoundary } from './page-error';

export function SignInPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.signInTitle'));
  const navigate = useNavigate();
  const done = () => void navigate(paths.home.href());
  return (
    <div className="page page--narrow">
      <h1 className="utrecht-heading-1">{t('auth.signInTitle')}</h1>
      {isEmbedded ? <DemoAccounts onSignedIn={done} /> : null}
      <section aria-labelledby="wachtwoord-titel">
        <h2 id="wachtwoord-titel" className="utrecht-heading-2">
          {t('auth.withPassword')}
        </h2>
        <SignInForm onSignedIn={done} />
      </section>
      <p className="utrecht-paragraph">
        {t('auth.noAccount')}{' '}
        <Link to={paths.signUp.href()} className="utrecht-link">
          {t('auth.signUpLink')}
        </Link>
      </p>
      {isEmbedded ? <ResetDemoData /> : null}
    </div>
  );
}
