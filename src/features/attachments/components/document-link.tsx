import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { attachmentQueries } from '../api';
import { formatBytes, type Attachment } from '../model';

type DocumentLinkProps = { attachment: Attachment };

/** A PDF document: its title, type and size; fetched from Storage and opened when chosen. */
export function DocumentLink({ attachment }: DocumentLinkProps) {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const [failed, setFailed] = useState(false);
  const open = async () => {
    setFailed(false);
    try {
      const blob = await qc.fetchQuery(attachmentQueries.file(attachment.file));
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = attachment.file_name ?? `${attachment.description}.pdf`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch {
      setFailed(true);
    }
  };
  return (
    <>
      <button type="button" className="link-button attachment-document" onClick={() => void open()}>
        {attachment.description}
      </button>{' '}
      <span className="attachment-document__meta">
        ({t('attachments.document.meta', { size: formatBytes(attachment.byte_size, i18n.language) })})
      </span>
      {failed ? (
        <span className="utrecht-form-field-error-message" role="alert">
          {' '}
          {t('attachments.document.failed')}
        </span>
      ) : null}
    </>
  );
}
