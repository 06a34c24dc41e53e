import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { useRemoveAttachment } from '../api';
import type { Attachment } from '../model';

type RemoveAttachmentButtonProps = { attachment: Attachment; onError: (message: string) => void };

/** Removes one photo or document for good (its files are deleted), after a confirmation. */
export function RemoveAttachmentButton({ attachment, onError }: RemoveAttachmentButtonProps) {
  const { t } = useTranslation();
  const remove = useRemoveAttachment();
  const photo = attachment.kind === 'photo';
  return (
    <Button
      appearance="subtle"
      className="attachment-remove no-print"
      busy={remove.isPending}
      onClick={() => {
        const question = t(photo ? 'attachments.remove.confirmPhoto' : 'attachments.remove.confirmDocument', {
          description: attachment.description,
        });
        if (!window.confirm(question)) return;
        remove.mutate(attachment.id, { onError: (e) => onError(e.message) });
      }}
    >
      {t('attachments.remove.button')}
      <span className="visually-hidden">: {attachment.description}</span>
    </Button>
  );
}
