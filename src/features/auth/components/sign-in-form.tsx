import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { TextField } from '@/components/ui/text-field';
import { paths } from '@/config/paths';
import { AuthFailure, useSignIn } from '../api';
import { signInSchema } from '../schemas';
import { ResendConfirmation } from './resend-confirmation';
import { useAuthForm } from './use-auth-form';

type SignInFormProps = { onSignedIn: () => void };

export function SignInForm({ onSignedIn }: SignInFormProps) {
  const { t } = useTranslation();
  const signIn = useSignIn();
  const { form, fieldError, failure } = useAuthForm(signInSchema, signIn.error);
  const { register, handleSubmit } = form;
  // the account exists but its address was never confirmed: say so and offer a new mail
  const unconfirmed =
    signIn.error instanceof AuthFailure && signIn.error.code === 'email_not_confirmed' && signIn.variables
      ? signIn.variables.email.trim()
      : null;

  return (
    <form
      noValidate
      onSubmit={handleSubmit((values) => signIn.mutate(values, { onSuccess: onSignedIn }))}
      className="form"
    >
      {unconfirmed ? (
        <div className="utrecht-alert utrecht-alert--warning" role="alert">
          <p className="utrecht-paragraph">{t('auth.unconfirmed.text')}</p>
          <ResendConfirmation email={unconfirmed} />
        </div>
      ) : (
        <FormAlert message={failure} />
      )}
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
      <p className="utrecht-paragraph">
        <Link to={paths.forgotPassword.href()} className="utrecht-link">
          {t('auth.forgotPasswordLink')}
        </Link>
      </p>
      <Button type="submit" appearance="primary" busy={signIn.isPending}>
        {t('auth.signIn')}
      </Button>
    </form>
  );
}
