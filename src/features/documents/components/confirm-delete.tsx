import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import '../documents.css';

type ConfirmDeleteProps = { what: string; busy: boolean; onConfirm: () => void };

/** Deleting asks once more, in place: a mistaken click on "Verwijderen" is easy and costly. */
export function ConfirmDelete({ what, busy, onConfirm }: ConfirmDeleteProps) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const askRef = useRef<HTMLButtonElement>(null);
  if (!asking) {
    return (
      <Button
        ref={askRef}
        appearance="subtle"
        onClick={() => setAsking(true)}
        aria-label={t('documents.edit.deleteNamed', { what })}
      >
        {t('documents.edit.delete')}
      </Button>
    );
  }
  return (
    <span role="group" aria-label={t('documents.edit.confirmDelete', { what })} className="confirm-delete">
      <span>{t('documents.edit.confirmDelete', { what })}</span>
      <Button appearance="primary" busy={busy} onClick={onConfirm} autoFocus>
        {t('documents.edit.confirmYes')}
      </Button>
      <Button appearance="subtle" onClick={() => setAsking(false)}>
        {t('common.cancel')}
      </Button>
    </span>
  );
}
