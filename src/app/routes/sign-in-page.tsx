import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { env } from '@/config/env';
import { paths } from '@/config/paths';
import { DemoAccounts } from '@/features/auth/components/demo-accounts';
import { ResetDemoData } from '@/features/auth/components/reset-demo-data';
import { SignInForm } from '@/features/auth/components/sign-in-form';
import { SsoSignIn } from '@/features/auth/components/sso-sign-in';
import { safeNext } from '@/features/auth/model';
import { isEmbedded } from '@/lib/supabase/client';
import { useDocumentTitle } from '@/lib/use-document-title';

export { PageError as ErrorBoundary } from './page-error';

export function SignInPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.signInTitle'));
  const navigate = useNavigate();
  // "?terug=/profiel": a page that needs a signed-in person sent them here
  const returnTo = safeNext(useSearchParams()[0].get('terug'));
  const done = () => void navigate(returnTo, { replace: true });
  return (
    <div className="page page--narrow">
      <h1 className="utrecht-heading-1">{t('auth.signInTitle')}</h1>
      {isEmbedded ? <DemoAccounts onSignedIn={done} /> : null}
      {/* the identity provider needs a Supabase project (embedded GoTrue has no OAuth) */}
      {!isEmbedded && env.sso ? <SsoSignIn sso={env.sso} returnTo={returnTo} /> : null}
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
