import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { TextField } from '@/components/ui/text-field';
import { AppError } from '@/lib/supabase/unwrap';
import { useImportIndicatorValues } from '../api';
import { MAX_IMPORT_BYTES, parseCsv, type ParsedCsv } from '../csv-import';
import { cellCount, importRequest, type ImportRequest, type NewSource } from '../import-model';
import type { Source } from '../model';
import '../figures-admin.css';
import { ImportPreview } from './import-preview';
import { ImportSourceFields, NEW_SOURCE } from './import-source-fields';

type ImportPanelProps = { sources: Source[] };

/** Admins: load a year of figures from a CSV. Read in the browser, checked by the database (what changes, every
 *  problem), then loaded on confirmation, all or nothing. */
export function ImportPanel({ sources }: ImportPanelProps) {
  const { t } = useTranslation();
  const fileId = useId();
  const run = useImportIndicatorValues();
  const [file, setFile] = useState<{ name: string; parsed: ParsedCsv } | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [sourceKey, setSourceKey] = useState(sources.at(-1)?.key ?? NEW_SOURCE);
  const [newSource, setNewSource] = useState<Required<NewSource>>({
    name: '',
    credit: 'Bron: CBS',
    licence: 'CC BY 4.0',
    url: '',
    transcribed: false,
  });
  const [checked, setChecked] = useState<ImportRequest | null>(null);
  const yearOk = /^\d{4}$/.test(year.trim());
  const changed = () => {
    setChecked(null);
    run.reset();
  };
  const read = async (f: File | undefined) => {
    changed();
    setFile(null);
    setFileError(null);
    if (!f) return;
    if (f.size > MAX_IMPORT_BYTES) return setFileError(t('figuresAdmin.import.fileTooBig'));
    const parsed = parseCsv(await f.text());
    if (!parsed.header.length || !parsed.rows.length) return setFileError(t('figuresAdmin.import.fileEmpty'));
    setFile({ name: f.name, parsed });
  };
  const check = () => {
    if (!file || !yearOk) return;
    const source = sourceKey === NEW_SOURCE ? { ...newSource, url: newSource.url || undefined } : { key: sourceKey };
    const request = importRequest(file.parsed, Number(year), source, file.name);
    run.mutate({ ...request, apply: false }, { onSuccess: () => setChecked(request) });
  };
  const preview = run.data;
  const failure = run.error instanceof AppError ? run.error.message : run.error ? t('errors.unknown') : null;
  return (
    <section aria-labelledby="laden-titel" className="admin-section">
      <h2 id="laden-titel" className="utrecht-heading-2">
        {t('figuresAdmin.import.title')}
      </h2>
      <p className="utrecht-paragraph">{t('figuresAdmin.import.intro')}</p>
      <div className="figure-import__form">
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor={fileId}>
            {t('figuresAdmin.import.file')}
          </label>
          <input id={fileId} type="file" accept=".csv,text/csv" onChange={(e) => void read(e.target.files?.[0])} />
        </div>
        <FormAlert message={fileError} />
        <TextField
          label={t('figuresAdmin.import.year')}
          inputMode="numeric"
          value={year}
          error={yearOk ? undefined : t('figuresAdmin.import.yearError')}
          onChange={(e) => {
            setYear(e.target.value);
            changed();
          }}
        />
        <ImportSourceFields
          sources={sources}
          sourceKey={sourceKey}
          newSource={newSource}
          onSourceKey={(k) => {
            setSourceKey(k);
            changed();
          }}
          onNewSource={(patch) => {
            setNewSource((s) => ({ ...s, ...patch }));
            changed();
          }}
        />
        <FormAlert message={failure} />
        <div>
          <Button disabled={!file || !yearOk} busy={run.isPending && !run.variables.apply} onClick={check}>
            {t('figuresAdmin.import.check')}
          </Button>
        </div>
      </div>
      {preview && file ? <ImportPreview preview={preview} fileName={file.name} /> : null}
      {preview?.applied ? (
        <p className="utrecht-paragraph figure-import__done" role="status">
          {t('figuresAdmin.import.loaded', { year: preview.year, districts: preview.district_count })}
        </p>
      ) : preview?.can_apply && checked ? (
        <Button appearance="primary" busy={run.isPending} onClick={() => run.mutate({ ...checked, apply: true })}>
          {t('figuresAdmin.import.load', { count: cellCount(preview), year: preview.year })}
        </Button>
      ) : null}
    </section>
  );
}
