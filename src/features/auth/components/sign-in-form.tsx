import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { TextField } from '@/components/ui/text-field';
import { useSignIn } from '../api';
import { signInSchema } from '../schemas';
import { useAuthForm } from './use-auth-form';

type SignInFormProps = { onSignedIn: () => void };

export function SignInForm({ onSignedIn }: SignInFormProps) {
  const { t } = useTranslation();
  const signIn = useSignIn();
  const { form, fieldError, failure } = useAuthForm(signInSchema, signIn.error);
  const { register, handleSubmit } = form;

  return (
    <form
      noValidate
      onSubmit={handleSubmit((values) => signIn.mutate(values, { onSuccess: onSignedIn }))}
      className="form"
    >
      <FormAlert message={failure} />
      <TextField
        label={t('auth.email')}
        type="email"
        autoComplete="email"
        error={fieldError('email')}
        {...register('email')}
      />
      <TextField
        label={t('auth.password')}
        type="password"
        autoComplete="current-password"
        error={fieldError('password')}
        {...register('password')}
      />
      <Button type="submit" appearance="primary" busy={signIn.isPending}>
        {t('auth.signIn')}
      </Button>
    </form>
  );
}
