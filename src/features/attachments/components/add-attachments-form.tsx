import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { useAddAttachments } from '../api';
import type { AttachmentTarget } from '../model';
import { usePickedAttachments } from '../use-picked-attachments';
import { AttachmentPicker } from './attachment-picker';

type AddAttachmentsFormProps = { target: AttachmentTarget; allowDocuments: boolean; remaining: number; legend: string };

/** Adding photos (and documents) to something that exists: pick, describe, upload. What fails to upload stays
 *  picked, with the reason above it. */
export function AddAttachmentsForm({ target, allowDocuments, remaining, legend }: AddAttachmentsFormProps) {
  const { t } = useTranslation();
  const picked = usePickedAttachments({ allowDocuments, max: remaining });
  const add = useAddAttachments();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    if (picked.items.length === 0 || !picked.validate()) return;
    setError(null);
    add.mutate(
      { target, items: picked.items },
      {
        onSuccess: ({ added, failed }) => {
          picked.keepOnly(failed.map((f) => f.key));
          if (added.length > 0) setDone(t('attachments.add.done', { count: added.length }));
          setError(
            failed.length > 0
              ? t('attachments.add.failed', { count: failed.length, reason: failed[0]!.error.message })
              : null,
          );
        },
        onError: (err) => setError(err.message),
      },
    );
  };

  return (
    <form className="attachment-add no-print" onSubmit={submit} noValidate>
      <FormAlert message={error} />
      <AttachmentPicker picked={picked} legend={legend} />
      {picked.items.length > 0 ? (
        <Button type="submit" appearance="primary" busy={add.isPending || picked.preparing}>
          {t('attachments.add.submit', { count: picked.items.length })}
        </Button>
      ) : null}
      <p className="visually-hidden" role="status">
        {done ?? ''}
      </p>
    </form>
  );
}
