import { useTranslation } from 'react-i18next';
import type { Attachment } from '../model';
import { DocumentLink } from './document-link';
import { RemoveAttachmentButton } from './remove-attachment-button';
import { StoredImage } from './stored-image';

type AttachmentItemsProps = {
  items: Attachment[];
  size: 'medium' | 'large';
  eager?: boolean;
  onError: (message: string) => void;
};

/** Photos with their description as alt text, then the documents as links; a remove button where allowed. */
export function AttachmentItems({ items, size, eager, onError }: AttachmentItemsProps) {
  const { t } = useTranslation();
  const photos = items.filter((a) => a.kind === 'photo');
  const documents = items.filter((a) => a.kind === 'document');
  return (
    <>
      {photos.length > 0 ? (
        <ul className={`attachment-photos attachment-photos--${size}`} aria-label={t('attachments.photos')}>
          {photos.map((p) => (
            <li key={p.id} className="attachment-photos__item">
              <StoredImage
                path={size === 'large' ? p.file : (p.thumb ?? p.file)}
                alt={p.description}
                width={p.width}
                height={p.height}
                size={size}
                eager={eager}
              />
              {p.can_remove ? <RemoveAttachmentButton attachment={p} onError={onError} /> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {documents.length > 0 ? (
        <ul className="attachment-documents" aria-label={t('attachments.documents')}>
          {documents.map((d) => (
            <li key={d.id}>
              <DocumentLink attachment={d} />
              {d.can_remove ? <RemoveAttachmentButton attachment={d} onError={onError} /> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
