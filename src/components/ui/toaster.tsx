import { useTranslation } from 'react-i18next';
import { Button } from './button';
import { useToastActions, useToasts } from './toast-store';
import './toaster.css';

/** Messages about background work that failed; a polite live region, each message closable. */
export function Toaster() {
  const { t } = useTranslation();
  const toasts = useToasts();
  const { toastDismissed } = useToastActions();
  return (
    <div className="toaster" role="status" aria-live="polite">
      {toasts.map((toast) => (
        <div key={toast.id} className="toaster__toast">
          <span>{toast.message}</span>
          <Button appearance="subtle" onClick={() => toastDismissed(toast.id)} aria-label={t('common.close')}>
            ×
          </Button>
        </div>
      ))}
    </div>
  );
}
