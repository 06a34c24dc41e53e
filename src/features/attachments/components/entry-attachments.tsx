import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '@/components/ui/form-alert';
import type { Attachment, AttachmentTarget } from '../model';
import { AddAttachmentsForm } from './add-attachments-form';
import { AttachmentItems } from './attachment-items';

const ENTRY_LIMIT = 20;

type EntryAttachmentsProps = { target: AttachmentTarget; items: Attachment[]; canAdd: boolean };

/** Under an agenda item or plan action: its photos (loaded at once, so a printed document has them) and documents,
 *  and for the area team a way to add more. */
export function EntryAttachments({ target, items, canAdd }: EntryAttachmentsProps) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  if (items.length === 0 && !canAdd) return null;
  return (
    <div className="entry-attachments">
      <FormAlert message={error} />
      <AttachmentItems items={items} size="medium" eager onError={setError} />
      {canAdd && items.length < ENTRY_LIMIT ? (
        adding ? (
          <AddAttachmentsForm
            target={target}
            allowDocuments
            remaining={ENTRY_LIMIT - items.length}
            legend={t('attachments.add.legendFiles')}
          />
        ) : (
          <button type="button" className="link-button no-print" onClick={() => setAdding(true)}>
            {t('attachments.entry.add')}
          </button>
        )
      ) : null}
    </div>
  );
}
