import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { TextField } from '@/components/ui/text-field';
import { useUpdatePassword } from '../api';
import { MIN_PASSWORD_LENGTH } from '../model';
import { newPasswordSchema } from '../schemas';
import { useAuthForm } from './use-auth-form';

type NewPasswordFormProps = { submitLabel: string; onSaved: () => void };

/** New password twice, for the signed-in person (after a recovery link, or on the profile). */
export function NewPasswordForm({ submitLabel, onSaved }: NewPasswordFormProps) {
  const { t } = useTranslation();
  const update = useUpdatePassword();
  const { form, fieldError, failure } = useAuthForm(newPasswordSchema, update.error);
  const { register, handleSubmit, reset } = form;
  return (
    <form
      noValidate
      className="form"
      onSubmit={handleSubmit(({ password }) =>
        update.mutate(password, {
          onSuccess: () => {
            reset({ password: '', repeat: '' });
            onSaved();
          },
        }),
      )}
    >
      <FormAlert message={failure} />
      <TextField
        label={t('auth.newPassword')}
        description={t('auth.passwordHelp', { min: MIN_PASSWORD_LENGTH })}
        type="password"
        autoComplete="new-password"
        error={fieldError('password')}
        {...register('password')}
      />
      <TextField
        label={t('auth.repeatPassword')}
        type="password"
        autoComplete="new-password"
        error={fieldError('repeat')}
        {...register('repeat')}
      />
      <Button type="submit" appearance="primary" busy={update.isPending}>
        {submitLabel}
      </Button>
    </form>
  );
}
