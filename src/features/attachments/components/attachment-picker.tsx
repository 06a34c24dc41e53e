import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { DOCUMENT_TYPES, PHOTO_TYPES, descriptionError } from '../model';
import type { PickedAttachments } from '../use-picked-attachments';
import { PickedRow } from './picked-row';
import '../attachments.css';

type AttachmentPickerProps = { picked: PickedAttachments; legend: string; note?: string };

/** Choose photos (and, for the area team, PDF documents) and describe each. A refused file is named with the reason
 *  in a message; nothing else in the form changes. */
export function AttachmentPicker({ picked, legend, note }: AttachmentPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const full = picked.items.length >= picked.max;
  const accept = [...PHOTO_TYPES, ...(picked.allowDocuments ? DOCUMENT_TYPES : [])].join(',');

  // after a refused submit, the first photo without a description gets the focus
  useEffect(() => {
    if (picked.attempts === 0) return;
    const first = picked.items.findIndex((i) => descriptionError(i.description) !== null);
    if (first >= 0) document.getElementById(`${id}-beschrijving-${first}`)?.focus();
    // only when a submit was refused, not while typing
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [picked.attempts]);

  return (
    <fieldset className="utrecht-form-fieldset attachment-picker">
      <legend className="utrecht-form-fieldset__legend">{legend}</legend>
      <p className="utrecht-form-field-description" id={`${id}-uitleg`}>
        {t(picked.allowDocuments ? 'attachments.picker.helpWithDocuments' : 'attachments.picker.help', {
          max: picked.max,
        })}
        {note ? ` ${note}` : ''}
      </p>
      {picked.refusals.length > 0 ? (
        <div className="utrecht-alert utrecht-alert--error" role="alert">
          <ul className="attachment-picker__refusals">
            {picked.refusals.map((r, i) => (
              <li key={i}>{t(`attachments.refused.${r.reason}`, { name: r.name, max: picked.max })}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {picked.items.length > 0 ? (
        <ol className="attachment-picker__list">
          {picked.items.map((item, index) => (
            <PickedRow
              key={item.key}
              item={item}
              index={index}
              fieldId={`${id}-beschrijving-${index}`}
              picked={picked}
            />
          ))}
        </ol>
      ) : null}
      <p className="attachment-picker__status" role="status">
        {picked.preparing ? t('attachments.picker.preparing') : ''}
      </p>
      <input
        ref={input}
        type="file"
        hidden
        multiple
        accept={accept}
        data-testid="bijlage-kiezen"
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          e.target.value = '';
          void picked.add(files);
        }}
      />
      <Button onClick={() => input.current?.click()} disabled={full} aria-describedby={`${id}-uitleg`}>
        {full
          ? t('attachments.picker.full', { max: picked.max })
          : t(picked.allowDocuments ? 'attachments.picker.chooseFiles' : 'attachments.picker.choosePhotos')}
      </Button>
    </fieldset>
  );
}
