import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '@/components/ui/form-alert';
import { attachmentQueries } from '../api';
import type { AttachmentTarget } from '../model';
import { AddAttachmentsForm } from './add-attachments-form';
import { AttachmentItems } from './attachment-items';

type AttachmentGalleryProps = { target: AttachmentTarget; allowDocuments: boolean };

/** The photos (large) and documents of one initiative, agenda item or plan action, and for whoever may add them
 *  the form to add more. Nothing at all when there is nothing to show or add. */
export function AttachmentGallery({ target, allowDocuments }: AttachmentGalleryProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const list = useQuery(attachmentQueries.of(target));
  const [error, setError] = useState<string | null>(null);
  if (!list.data || (list.data.items.length === 0 && !list.data.can_add)) return null;
  const { items, can_add, limit, count } = list.data;
  return (
    <section className="attachment-gallery" aria-labelledby={headingId}>
      <h2 className="utrecht-heading-3" id={headingId}>
        {t(allowDocuments ? 'attachments.gallery.headingFiles' : 'attachments.gallery.heading', {
          count: items.length,
        })}
      </h2>
      <FormAlert message={error} />
      <AttachmentItems items={items} size="large" onError={setError} />
      {can_add ? (
        <AddAttachmentsForm
          target={target}
          allowDocuments={allowDocuments}
          remaining={limit - count}
          legend={t(allowDocuments ? 'attachments.add.legendFiles' : 'attachments.add.legend')}
        />
      ) : null}
    </section>
  );
}
