import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';

type ConfirmActionProps = {
  /** the button's text, e.g. "Intrekken" */
  label: string;
  /** what the button does, for screen readers: "Rol Gebiedsteam Noord van Fatima intrekken" */
  description: string;
  /** the question of the confirm step */
  question: string;
  confirmLabel: string;
  busy: boolean;
  error: string | null;
  onConfirm: () => void;
};

/** A destructive action in two steps: the button, then a question with "yes" and "cancel". Focus moves into the
 *  question and back to the button when it is cancelled; a refusal is announced next to it. */
export function ConfirmAction({
  label,
  description,
  question,
  confirmLabel,
  busy,
  error,
  onConfirm,
}: ConfirmActionProps) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const openRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (wasAsking.current) openRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  return (
    <span className="confirm-action">
      {asking ? (
        <span className="confirm-action__question" role="group" aria-label={description}>
          <span>{question}</span>{' '}
          <Button ref={confirmRef} appearance="primary" busy={busy} onClick={onConfirm}>
            {confirmLabel}
          </Button>{' '}
          <Button appearance="subtle" onClick={() => setAsking(false)}>
            {t('common.cancel')}
          </Button>
        </span>
      ) : (
        <Button ref={openRef} appearance="subtle" aria-label={description} onClick={() => setAsking(true)}>
          {label}
        </Button>
      )}
      {error ? (
        <span className="confirm-action__error" role="alert">
          {error}
        </span>
      ) : null}
    </span>
  );
}
