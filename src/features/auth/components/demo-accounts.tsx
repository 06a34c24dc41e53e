import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { isSessionThisTabOnly, keepSessionInThisTab } from '@/lib/supabase/auth-storage';
import { useSignIn } from '../api';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../model';
import './demo-accounts.css';

type DemoAccountsProps = { onSignedIn: () => void };
type Pending = { email: string; thisTabOnly: boolean };

/** One-click sign-in as each seeded role; shown only with the embedded backend. "In dit tabblad" keeps that
 *  sign-in in this tab only (lib/supabase/auth-storage.ts), so two tabs can be two demo people side by side. */
export function DemoAccounts({ onSignedIn }: DemoAccountsProps) {
  const { t } = useTranslation();
  const signIn = useSignIn();
  const [pending, setPending] = useState<Pending | null>(null);

  function signInAs(email: string, thisTabOnly: boolean) {
    const before = isSessionThisTabOnly();
    keepSessionInThisTab(thisTabOnly); // before signing in: supabase-js stores the new session where this points
    setPending({ email, thisTabOnly });
    signIn.mutate(
      { email, password: DEMO_PASSWORD },
      { onSuccess: onSignedIn, onError: () => keepSessionInThisTab(before), onSettled: () => setPending(null) },
    );
  }

  const busy = (email: string, thisTabOnly: boolean) => pending?.email === email && pending.thisTabOnly === thisTabOnly;
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
            <span className="button-row">
              <Button
                busy={busy(account.email, false)}
                disabled={signIn.isPending}
                onClick={() => signInAs(account.email, false)}
              >
                {t('auth.demo.signInAs', { name: account.name })}
              </Button>
              <Button
                appearance="subtle"
                busy={busy(account.email, true)}
                disabled={signIn.isPending}
                aria-label={t('auth.demo.signInThisTabAs', { name: account.name })}
                onClick={() => signInAs(account.email, true)}
              >
                {t('auth.demo.signInThisTab')}
              </Button>
            </span>
          </li>
        ))}
      </ul>
      <p className="utrecht-paragraph muted">{t('auth.demo.thisTabHint')}</p>
      {signIn.isError ? (
        <p className="utrecht-form-field-error-message" role="alert">
          {t('auth.errors.demoFailed')}
        </p>
      ) : null}
    </section>
  );
}
