import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { TextField } from '@/components/ui/text-field';
import { useResendConfirmation } from '../api';
import { emailSchema } from '../schemas';
import { useAuthForm } from './use-auth-form';

/** A new confirmation mail for an address typed here (the old link expired). */
export function ResendConfirmationForm() {
  const { t } = useTranslation();
  const resend = useResendConfirmation();
  const { form, fieldError, failure } = useAuthForm(emailSchema, resend.error);
  const { register, handleSubmit } = form;
  return (
    <form noValidate className="form" onSubmit={handleSubmit(({ email }) => resend.mutate(email))}>
      <FormAlert message={failure} />
      <TextField
        label={t('auth.email')}
        type="email"
        autoComplete="email"
        error={fieldError('email')}
        {...register('email')}
      />
      <Button type="submit" appearance="primary" busy={resend.isPending}>
        {t('auth.unconfirmed.resend')}
      </Button>
      <p role="status" className="utrecht-paragraph">
        {resend.isSuccess && resend.variables ? t('auth.unconfirmed.resent', { email: resend.variables }) : ''}
      </p>
    </form>
  );
}
