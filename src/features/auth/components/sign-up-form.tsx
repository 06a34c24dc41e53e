import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { TextField } from '@/components/ui/text-field';
import { useSignUp } from '../api';
import { MIN_PASSWORD_LENGTH } from '../model';
import { signUpSchema } from '../schemas';
import { ConfirmationSent } from './confirmation-sent';
import { useAuthForm } from './use-auth-form';

type SignUpFormProps = { onSignedUp: () => void };

/** Signed in at once on a project without e-mail confirmation; otherwise "we sent a mail to …". */
export function SignUpForm({ onSignedUp }: SignUpFormProps) {
  const { t } = useTranslation();
  const signUp = useSignUp();
  const { form, fieldError, failure } = useAuthForm(signUpSchema, signUp.error);
  const { register, handleSubmit } = form;
  const [sentTo, setSentTo] = useState<string | null>(null);

  // the form's values stay in react-hook-form meanwhile, so "another address" brings them back
  if (sentTo) return <ConfirmationSent email={sentTo} onOtherAddress={() => setSentTo(null)} />;

  return (
    <form
      noValidate
      onSubmit={handleSubmit((values) =>
        signUp.mutate(values, {
          onSuccess: ({ confirmationSent, email }) => (confirmationSent ? setSentTo(email) : onSignedUp()),
        }),
      )}
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
        description={t('auth.passwordHelp', { min: MIN_PASSWORD_LENGTH })}
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
