import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { useToggleSupport } from '../api';
import '../initiatives.css';

type SupportButtonProps = {
  initiativeId: string;
  supported: boolean;
  canSupport: boolean;
  count: number;
  signedIn: boolean;
};

/** Support once; a second click withdraws the support (the undo). */
export function SupportButton({ initiativeId, supported, canSupport, count, signedIn }: SupportButtonProps) {
  const { t } = useTranslation();
  const toggle = useToggleSupport(initiativeId);
  return (
    <div className="support">
      <p className="utrecht-paragraph" aria-live="polite">
        <strong>{t('initiatives.supportCount', { count })}</strong>
      </p>
      {signedIn && (canSupport || supported) ? (
        <Button
          appearance={supported ? 'secondary' : 'primary'}
          aria-pressed={supported}
          busy={toggle.isPending}
          onClick={() => toggle.mutate(!supported)}
        >
          {supported ? t('initiatives.detail.withdrawSupport') : t('initiatives.detail.support')}
        </Button>
      ) : null}
      {toggle.error ? (
        <p className="utrecht-form-field-error-message" role="alert">
          {toggle.error.message}
        </p>
      ) : null}
    </div>
  );
}
