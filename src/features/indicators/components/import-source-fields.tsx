import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import type { NewSource } from '../import-model';
import type { Source } from '../model';

export const NEW_SOURCE = '__nieuw__';

type ImportSourceFieldsProps = {
  sources: Source[];
  sourceKey: string;
  newSource: Required<NewSource>;
  onSourceKey: (key: string) => void;
  onNewSource: (patch: Partial<NewSource>) => void;
};

/** Where the figures in the file come from: a known source, or a new one with its credit and licence. */
export function ImportSourceFields({
  sources,
  sourceKey,
  newSource,
  onSourceKey,
  onNewSource,
}: ImportSourceFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <SelectField
        label={t('figuresAdmin.import.source')}
        value={sourceKey}
        onChange={(e) => onSourceKey(e.target.value)}
        options={[
          ...sources.map((s) => ({ value: s.key, label: s.name })),
          { value: NEW_SOURCE, label: t('figuresAdmin.import.newSource') },
        ]}
      />
      {sourceKey === NEW_SOURCE ? (
        <>
          <TextField
            label={t('figuresAdmin.import.sourceName')}
            value={newSource.name}
            maxLength={200}
            onChange={(e) => onNewSource({ name: e.target.value })}
          />
          <TextField
            label={t('figuresAdmin.import.sourceCredit')}
            value={newSource.credit}
            maxLength={120}
            onChange={(e) => onNewSource({ credit: e.target.value })}
          />
          <TextField
            label={t('figuresAdmin.import.sourceLicence')}
            value={newSource.licence}
            maxLength={80}
            onChange={(e) => onNewSource({ licence: e.target.value })}
          />
          <TextField
            label={t('figuresAdmin.import.sourceUrl')}
            type="url"
            value={newSource.url}
            maxLength={500}
            onChange={(e) => onNewSource({ url: e.target.value })}
          />
          <label className="figure-import__check">
            <input
              type="checkbox"
              checked={newSource.transcribed}
              onChange={(e) => onNewSource({ transcribed: e.target.checked })}
            />{' '}
            {t('figuresAdmin.import.sourceTranscribed')}
          </label>
        </>
      ) : null}
    </>
  );
}
