import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { resolveMerge, type Choice, type FieldComparison, type FieldValues } from '@/lib/drafts/merge';
import { MergeField } from './merge-field';
import './co-editing.css';

type MergePanelProps = {
  comparisons: FieldComparison[];
  /** who saved the version I now merge with, if known */
  theirName: string | null;
  labelOf: (field: string) => string;
  /** a value as people read it (a theme's name, "Prioriteit 1", a date) */
  show: (field: string, value: unknown) => string;
  /** fields whose text one may merge by hand (long texts); others are a choice between the two */
  editable: (field: string) => boolean;
  busy: boolean;
  onSave: (values: FieldValues) => void;
  onCancel: () => void;
};

/** Both versions side by side, field by field, after someone else saved the same thing first. One-sided changes are
 *  taken over automatically; for each field both changed, the person picks theirs, mine, or merges the text. */
export function MergePanel({
  comparisons,
  theirName,
  labelOf,
  show,
  editable,
  busy,
  onSave,
  onCancel,
}: MergePanelProps) {
  const { t } = useTranslation();
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const conflicts = comparisons.filter((c) => c.state === 'conflict');
  const theirs = comparisons.filter((c) => c.state === 'theirs');
  const { values, unresolved } = resolveMerge(comparisons, choices);
  const who = theirName ?? t('coEditing.merge.someoneElse');
  return (
    <section className="merge-panel" aria-labelledby="merge-titel" role="region">
      <h3 id="merge-titel" className="utrecht-heading-4" tabIndex={-1} ref={heading}>
        {t('coEditing.merge.title')}
      </h3>
      <p className="utrecht-paragraph">{t('coEditing.merge.intro', { name: who })}</p>
      {theirs.length > 0 ? (
        <p className="utrecht-paragraph">
          {t('coEditing.merge.takenOver', { name: who, fields: theirs.map((c) => labelOf(c.field)).join(', ') })}
        </p>
      ) : null}
      {conflicts.length === 0 ? <p className="utrecht-paragraph">{t('coEditing.merge.noConflicts')}</p> : null}
      {conflicts.map((c) => (
        <MergeField
          key={c.field}
          comparison={c}
          label={labelOf(c.field)}
          theirName={who}
          show={(v) => show(c.field, v)}
          editable={editable(c.field)}
          choice={choices[c.field]}
          onChoose={(choice) => setChoices((all) => ({ ...all, [c.field]: choice }))}
        />
      ))}
      {unresolved.length > 0 ? (
        <p className="utrecht-paragraph muted">{t('coEditing.merge.chooseEach', { count: unresolved.length })}</p>
      ) : null}
      <div className="button-row">
        <Button appearance="primary" busy={busy} disabled={unresolved.length > 0} onClick={() => onSave(values)}>
          {t('coEditing.merge.save')}
        </Button>
        <Button appearance="subtle" onClick={onCancel}>
          {t('coEditing.merge.back')}
        </Button>
      </div>
    </section>
  );
}
