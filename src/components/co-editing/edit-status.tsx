import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import type { Draft } from '@/lib/drafts/draft-store';
import './co-editing.css';

type EditStatusProps = {
  /** someone else saved this after I opened the editor; their name when known */
  changedBy: string | null | false;
  restored: Draft | null;
  pending: boolean;
  onMerge: () => void;
  onRetry: () => void;
  onDiscard: () => void;
};

/** What an open editor needs to tell: a restored draft, a save waiting for the connection, a change by someone else. */
export function EditStatus({ changedBy, restored, pending, onMerge, onRetry, onDiscard }: EditStatusProps) {
  const { t, i18n } = useTranslation();
  return (
    <div className="edit-status" role="status">
      {pending ? (
        <p className="edit-status__line edit-status__line--pending">
          {t('coEditing.pending')}{' '}
          <Button appearance="subtle" onClick={onRetry}>
            {t('coEditing.retry')}
          </Button>
        </p>
      ) : restored ? (
        <p className="edit-status__line">
          {t('coEditing.restored', {
            time: new Date(restored.updatedAt).toLocaleTimeString(i18n.language === 'en' ? 'en-GB' : 'nl-NL', {
              hour: '2-digit',
              minute: '2-digit',
            }),
          })}{' '}
          <Button appearance="subtle" onClick={onDiscard}>
            {t('coEditing.discard')}
          </Button>
        </p>
      ) : null}
      {changedBy !== false ? (
        <p className="edit-status__line edit-status__line--changed">
          {changedBy ? t('coEditing.changedBy', { name: changedBy }) : t('coEditing.changed')}{' '}
          <Button appearance="subtle" onClick={onMerge}>
            {t('coEditing.view')}
          </Button>
        </p>
      ) : null}
    </div>
  );
}
