import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { AuthFailure, useSignUp } from '../api';
import { authErrorKey, signUpSchema, type SignUpValues } from '../model';

type SignUpFormProps = { onSignedUp: () => void };

export function SignUpForm({ onSignedUp }: SignUpFormProps) {
  const { t } = useTranslation();
  const signUp = useSignUp();
  const { register, handleSubmit, formState } = useForm<SignUpValues>({ resolver: zodResolver(signUpSchema) });
  const fieldError = (name: keyof SignUpValues) => {
    const message = formState.errors[name]?.message;
    return message ? t(message) : undefined;
  };
  const failure =
    signUp.error instanceof AuthFailure
      ? t(authErrorKey(signUp.error.code))
      : signUp.error
        ? t('auth.errors.unknown')
        : null;

  return (
    <form
      noValidate
      onSubmit={handleSubmit((values) => signUp.mutate(values, { onSuccess: onSignedUp }))}
      className="form"
    >
      {failure ? (
        <div className="utrecht-alert utrecht-alert--error" role="alert">
          <p className="utrecht-paragraph">{failure}</p>
        </div>
      ) : null}
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
