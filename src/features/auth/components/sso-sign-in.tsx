import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import type { SsoConfig } from '@/config/env';
import { useSsoSignIn } from '../api';
import { failureKey } from './use-auth-form';

type SsoSignInProps = { sso: SsoConfig; returnTo: string };

/** Staff sign-in through the municipality's identity provider (only when VITE_AUTH_SSO_* is set). */
export function SsoSignIn({ sso, returnTo }: SsoSignInProps) {
  const { t } = useTranslation();
  const signIn = useSsoSignIn();
  const failure = failureKey(signIn.error);
  return (
    <section aria-labelledby="sso-titel">
      <h2 id="sso-titel" className="utrecht-heading-2">
        {t('auth.sso.title')}
      </h2>
      <p className="utrecht-paragraph">{t('auth.sso.intro')}</p>
      <FormAlert message={failure ? t(failure) : null} />
      {/* after success the browser is on its way to the identity provider: the button stays busy */}
      <Button
        appearance="primary"
        busy={signIn.isPending || signIn.isSuccess}
        onClick={() => signIn.mutate({ sso, returnTo })}
      >
        {sso.label ?? t('auth.sso.defaultLabel')}
      </Button>
      <p role="status" className="utrecht-paragraph">
        {signIn.isPending || signIn.isSuccess ? t('auth.sso.leaving') : ''}
      </p>
    </section>
  );
}
