import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { useSignIn } from '../api';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../model';

type DemoAccountsProps = { onSignedIn: () => void };

/** One-click sign-in as each seeded role; shown only with the embedded backend. */
export function DemoAccounts({ onSignedIn }: DemoAccountsProps) {
  const { t } = useTranslation();
  const signIn = useSignIn();
  return (
    <section aria-labelledby="demo-titel" className="demo-accounts">
      <h2 id="demo-titel" className="utrecht-heading-2">
        {t('auth.demo.title')}
      </h2>
      <p className="utrecht-paragraph">{t('auth.demo.intro', { password: DEMO_PASSWORD })}</p>
      <ul className="demo-accounts__list">
        {DEMO_ACCOUNTS.map((account) => (
          <li key={account.email} className="demo-accounts__item">
            <span className="demo-accounts__who">
              <strong>{account.name}</strong>
              <span className="muted">{t(account.roleKey)}</span>
            </span>
            <Button
              busy={signIn.isPending && signIn.variables?.email === account.email}
              disabled={signIn.isPending}
              onClick={() =>
                signIn.mutate({ email: account.email, password: DEMO_PASSWORD }, { onSuccess: onSignedIn })
              }
            >
              {t('auth.demo.signInAs', { name: account.name })}
            </Button>
          </li>
        ))}
      </ul>
      {signIn.isError ? (
        <p className="utrecht-form-field-error-message" role="alert">
          {t('auth.errors.demoFailed')}
        </p>
      ) : null}
    </section>
  );
}
