import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import type { LinkType } from '../model';
import { ForgotPasswordForm } from './forgot-password-form';
import { ResendConfirmationForm } from './resend-confirmation-form';

type LinkExpiredProps = {
  /** what the link was for, when known (a redirect from GoTrue's default template does not say) */
  type?: LinkType;
  /** message key of what went wrong; the expired-link sentence by default */
  reason?: string;
};

/** An e-mail link that no longer works: say so, and offer a new one of the same kind. */
export function LinkExpired({ type, reason = 'auth.confirm.expired' }: LinkExpiredProps) {
  const { t } = useTranslation();
  return (
    <>
      <div className="utrecht-alert utrecht-alert--warning" role="alert">
        <h2 className="utrecht-heading-2">{t('auth.confirm.expiredTitle')}</h2>
        <p className="utrecht-paragraph">{t(reason)}</p>
      </div>
      {type === 'recovery' ? (
        <>
          <p className="utrecht-paragraph">{t('auth.confirm.newRecoveryLink')}</p>
          <ForgotPasswordForm />
        </>
      ) : type === 'email_change' ? (
        <p className="utrecht-paragraph">
          {t('auth.confirm.emailChangeAgain')}{' '}
          <Link to={paths.profile.href()} className="utrecht-link">
            {t('auth.confirm.toProfile')}
          </Link>
        </p>
      ) : (
        <>
          <p className="utrecht-paragraph">{t('auth.confirm.newSignupLink')}</p>
          <ResendConfirmationForm />
          <p className="utrecht-paragraph">
            {t('auth.confirm.orForgot')}{' '}
            <Link to={paths.forgotPassword.href()} className="utrecht-link">
              {t('auth.newPasswordPage.requestNew')}
            </Link>
          </p>
        </>
      )}
    </>
  );
}
