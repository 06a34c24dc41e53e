import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { LIMITS, descriptionError, formatBytes } from '../model';
import type { PickedItem } from '../picked';
import type { PickedAttachments } from '../use-picked-attachments';

type PickedRowProps = { item: PickedItem; index: number; fieldId: string; picked: PickedAttachments };

/** One picked photo (its small copy as preview) or document, with its description and a way to take it out. */
export function PickedRow({ item, index, fieldId, picked }: PickedRowProps) {
  const { t, i18n } = useTranslation();
  const photo = item.kind === 'photo';
  const error = picked.showErrors ? descriptionError(item.description) : null;
  const size = photo ? item.prepared.photo.size : item.file.size;
  return (
    <li className="attachment-picker__item">
      {photo && item.previewUrl ? (
        <img className="attachment-picker__preview" src={item.previewUrl} alt="" width={96} height={72} />
      ) : (
        <span className="attachment-picker__preview attachment-picker__preview--pdf" aria-hidden="true">
          PDF
        </span>
      )}
      <div className="attachment-picker__fields">
        <TextField
          id={fieldId}
          label={t(photo ? 'attachments.picker.altLabel' : 'attachments.picker.titleLabel', { n: index + 1 })}
          description={photo ? t('attachments.picker.altHelp') : undefined}
          value={item.description}
          maxLength={LIMITS.description[1]}
          error={
            error
              ? t(`attachments.errors.${photo ? error : error === 'descriptionMissing' ? 'titleMissing' : error}`)
              : undefined
          }
          onChange={(e) => picked.describe(item.key, e.target.value)}
        />
        <p className="attachment-picker__meta">
          {photo
            ? t('attachments.picker.photoMeta', {
                width: item.prepared.width,
                height: item.prepared.height,
                size: formatBytes(size, i18n.language),
              })
            : `${item.name} · ${formatBytes(size, i18n.language)}`}
        </p>
      </div>
      <Button appearance="subtle" onClick={() => picked.remove(item.key)}>
        {t('attachments.picker.remove')}
        <span className="visually-hidden">
          {' '}
          {t(photo ? 'attachments.picker.photoN' : 'attachments.picker.documentN', { n: index + 1 })}
        </span>
      </Button>
    </li>
  );
}
