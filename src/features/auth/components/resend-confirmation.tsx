import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { useResendConfirmation } from '../api';
import { failureKey } from './use-auth-form';

type ResendConfirmationProps = { email: string };

/** "Send the confirmation mail again" for an address we know already (sign-up, sign-in refused as unconfirmed). */
export function ResendConfirmation({ email }: ResendConfirmationProps) {
  const { t } = useTranslation();
  const resend = useResendConfirmation();
  const failure = failureKey(resend.error);
  return (
    <div className="form">
      <Button busy={resend.isPending} onClick={() => resend.mutate(email)}>
        {t('auth.unconfirmed.resend')}
      </Button>
      <p role="status" className="utrecht-paragraph">
        {resend.isSuccess ? t('auth.unconfirmed.resent', { email }) : ''}
      </p>
      <FormAlert message={failure ? t(failure) : null} />
    </div>
  );
}
