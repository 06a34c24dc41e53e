import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { ResendConfirmation } from './resend-confirmation';
import { useFocusOnMount } from './use-focus-on-mount';

type ConfirmationSentProps = { email: string; onOtherAddress: () => void };

/** After sign-up on a project that confirms e-mail addresses: what was sent, what to do, what if nothing came. */
export function ConfirmationSent({ email, onOtherAddress }: ConfirmationSentProps) {
  const { t } = useTranslation();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section aria-labelledby="bevestig-titel" className="utrecht-alert utrecht-alert--info">
      <h2 id="bevestig-titel" ref={heading} tabIndex={-1} className="utrecht-heading-2">
        {t('auth.confirmationSent.title')}
      </h2>
      <p className="utrecht-paragraph">{t('auth.confirmationSent.text', { email })}</p>
      <p className="utrecht-paragraph">{t('auth.confirmationSent.nothing')}</p>
      <ResendConfirmation email={email} />
      <Button appearance="subtle" onClick={onOtherAddress}>
        {t('auth.confirmationSent.otherAddress')}
      </Button>
    </section>
  );
}
