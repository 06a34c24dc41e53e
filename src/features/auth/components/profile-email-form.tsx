import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { TextField } from '@/components/ui/text-field';
import { useChangeEmail, type Account } from '../api';
import { emailSchema } from '../schemas';
import { useAuthForm } from './use-auth-form';

type ProfileEmailFormProps = { account: Account };

/** A new address takes effect once confirmed through the link GoTrue mails to it. */
export function ProfileEmailForm({ account }: ProfileEmailFormProps) {
  const { t } = useTranslation();
  const change = useChangeEmail();
  const { form, fieldError, failure } = useAuthForm(emailSchema, change.error, {
    messages: { email_exists: 'auth.errors.emailTaken', user_already_exists: 'auth.errors.emailTaken' },
  });
  const { register, handleSubmit, setError } = form;
  const submit = handleSubmit(({ email }) => {
    if (email.trim().toLowerCase() === account.email.toLowerCase()) {
      setError('email', { message: 'auth.profile.email.same' });
      return;
    }
    change.mutate(email);
  });
  const done = change.data;
  return (
    <section aria-labelledby="profiel-email">
      <h2 id="profiel-email" className="utrecht-heading-2">
        {t('auth.profile.email.title')}
      </h2>
      <p className="utrecht-paragraph">{t('auth.profile.email.current', { email: account.email })}</p>
      {account.newEmail && !done ? (
        <p className="utrecht-paragraph">{t('auth.profile.email.pending', { email: account.newEmail })}</p>
      ) : null}
      <form noValidate className="form" onSubmit={submit}>
        <FormAlert message={failure} />
        <TextField
          label={t('auth.profile.email.label')}
          type="email"
          autoComplete="email"
          error={fieldError('email')}
          {...register('email')}
        />
        <Button type="submit" appearance="primary" busy={change.isPending}>
          {t('auth.profile.email.submit')}
        </Button>
        <p role="status" className="utrecht-paragraph">
          {done
            ? t(done.pending ? 'auth.profile.email.sent' : 'auth.profile.email.changed', { email: done.email })
            : ''}
        </p>
      </form>
    </section>
  );
}
