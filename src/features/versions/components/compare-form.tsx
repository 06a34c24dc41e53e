import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import type { VersionSummary } from '../model';

type CompareFormProps = {
  versions: VersionSummary[];
  pair: { from: number; to: number };
  onCompare: (pair: { from: number; to: number }) => void;
};

/** Two version pickers; submitting puts the pair in the URL, so a comparison can be shared as a link. */
export function CompareForm({ versions, pair, onCompare }: CompareFormProps) {
  const { t } = useTranslation();
  const [from, setFrom] = useState(pair.from);
  const [to, setTo] = useState(pair.to);
  const same = from === to;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!same) onCompare({ from, to });
  };
  const options = versions.map((v) => (
    <option key={v.id} value={v.version_no}>
      {t('versions.versionOption', { no: v.version_no, status: t(`status.${v.status}`) })}
    </option>
  ));
  return (
    <form className="compare-form" onSubmit={submit} noValidate>
      <div className="compare-form__field">
        <label htmlFor="versie-van" className="utrecht-form-label">
          {t('versions.from')}
        </label>
        <select
          id="versie-van"
          className="utrecht-select"
          value={from}
          onChange={(e) => setFrom(Number(e.target.value))}
          aria-describedby={same ? 'versie-fout' : undefined}
        >
          {options}
        </select>
      </div>
      <div className="compare-form__field">
        <label htmlFor="versie-naar" className="utrecht-form-label">
          {t('versions.to')}
        </label>
        <select
          id="versie-naar"
          className="utrecht-select"
          value={to}
          onChange={(e) => setTo(Number(e.target.value))}
          aria-describedby={same ? 'versie-fout' : undefined}
        >
          {options}
        </select>
      </div>
      <Button type="submit" appearance="primary" disabled={same}>
        {t('versions.compare')}
      </Button>
      {same ? (
        <p id="versie-fout" className="compare-form__error" role="alert">
          {t('versions.sameVersion')}
        </p>
      ) : null}
    </form>
  );
}
