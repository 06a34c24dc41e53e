import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { TextField } from '@/components/ui/text-field';
import { useRequestPasswordReset } from '../api';
import { emailSchema } from '../schemas';
import { useAuthForm } from './use-auth-form';
import { useFocusOnMount } from './use-focus-on-mount';

/** Asks for a recovery mail. The answer never tells whether the address has an account. */
export function ForgotPasswordForm() {
  const { t } = useTranslation();
  const request = useRequestPasswordReset();
  const { form, fieldError, failure } = useAuthForm(emailSchema, request.error);
  const { register, handleSubmit } = form;

  if (request.isSuccess && request.variables) {
    return <ResetMailSent email={request.variables.trim()} onAgain={() => request.reset()} />;
  }
  return (
    <form noValidate className="form" onSubmit={handleSubmit(({ email }) => request.mutate(email))}>
      <FormAlert message={failure} />
      <TextField
        label={t('auth.email')}
        type="email"
        autoComplete="email"
        error={fieldError('email')}
        {...register('email')}
      />
      <Button type="submit" appearance="primary" busy={request.isPending}>
        {t('auth.forgot.submit')}
      </Button>
    </form>
  );
}

type ResetMailSentProps = { email: string; onAgain: () => void };

function ResetMailSent({ email, onAgain }: ResetMailSentProps) {
  const { t } = useTranslation();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section aria-labelledby="herstelmail-titel" className="utrecht-alert utrecht-alert--info">
      <h2 id="herstelmail-titel" ref={heading} tabIndex={-1} className="utrecht-heading-2">
        {t('auth.forgot.sentTitle')}
      </h2>
      <p className="utrecht-paragraph">{t('auth.forgot.sent', { email })}</p>
      <p className="utrecht-paragraph">{t('auth.forgot.spam')}</p>
      <Button onClick={onAgain}>{t('auth.forgot.again')}</Button>
    </section>
  );
}
