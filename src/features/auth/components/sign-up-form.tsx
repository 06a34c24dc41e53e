import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { TextField } from '@/components/ui/text-field';
import { useSignUp } from '../api';
import { signUpSchema } from '../schemas';
import { useAuthForm } from './use-auth-form';

type SignUpFormProps = { onSignedUp: () => void };

export function SignUpForm({ onSignedUp }: SignUpFormProps) {
  const { t } = useTranslation();
  const signUp = useSignUp();
  const { form, fieldError, failure } = useAuthForm(signUpSchema, signUp.error);
  const { register, handleSubmit } = form;

  return (
    <form
      noValidate
      onSubmit={handleSubmit((values) => signUp.mutate(values, { onSuccess: onSignedUp }))}
      className="form"
    >
      <FormAlert message={failure} />
      <TextField
        label={t('auth.displayName')}
        description={t('auth.displayNameHelp')}
        autoComplete="name"
        error={fieldError('displayName')}
        {...register('displayName')}
      />
      <TextField
        label={t('auth.email')}
        type="email"
        autoComplete="email"
        error={fieldError('email')}
        {...register('email')}
      />
      <TextField
        label={t('auth.password')}
        description={t('auth.passwordHelp')}
        type="password"
        autoComplete="new-password"
        error={fieldError('password')}
        {...register('password')}
      />
      <Button type="submit" appearance="primary" busy={signUp.isPending}>
        {t('auth.signUp')}
      </Button>
    </form>
  );
}
