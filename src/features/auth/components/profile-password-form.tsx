import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NewPasswordForm } from './new-password-form';

/** A new password for the signed-in person (the session is the proof). */
export function ProfilePasswordForm() {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(false);
  return (
    <section aria-labelledby="profiel-wachtwoord">
      <h2 id="profiel-wachtwoord" className="utrecht-heading-2">
        {t('auth.profile.password.title')}
      </h2>
      <NewPasswordForm submitLabel={t('auth.profile.password.submit')} onSaved={() => setSaved(true)} />
      <p role="status" className="utrecht-paragraph">
        {saved ? t('auth.profile.password.saved') : ''}
      </p>
    </section>
  );
}
