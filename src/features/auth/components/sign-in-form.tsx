import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { AuthFailure, useSignIn } from '../api';
import { authErrorKey, signInSchema, type SignInValues } from '../model';

type SignInFormProps = { onSignedIn: () => void };

export function SignInForm({ onSignedIn }: SignInFormProps) {
  const { t } = useTranslation();
  const signIn = useSignIn();
  const { register, handleSubmit, formState } = useForm<SignInValues>({ resolver: zodResolver(signInSchema) });
  const fieldError = (name: keyof SignInValues) => {
    const message = formState.errors[name]?.message;
    return message ? t(message) : undefined;
  };
  const failure =
    signIn.error instanceof AuthFailure
      ? t(authErrorKey(signIn.error.code))
      : signIn.error
        ? t('auth.errors.unknown')
        : null;

  return (
    <form
      noValidate
      onSubmit={handleSubmit((values) => signIn.mutate(values, { onSuccess: onSignedIn }))}
      className="form"
    >
      {failure ? (
        <div className="utrecht-alert utrecht-alert--error" role="alert">
          <p className="utrecht-paragraph">{failure}</p>
        </div>
      ) : null}
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
