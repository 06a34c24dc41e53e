import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { indicatorQueries, useSaveGoalIndicator } from '../api';
import { draftArgs, draftErrors, draftOf, type DraftErrors, type GoalDraft } from '../goal-draft';
import type { GoalIndicator } from '../goals';
import '../goal-indicators.css';
import { CbsIndicatorFields } from './cbs-indicator-fields';
import { CustomIndicatorFields } from './custom-indicator-fields';
import { GoalIndicatorError } from './goal-indicator-error';
import { TextField } from '@/components/ui/text-field';

type GoalIndicatorFormProps = {
  documentId: string;
  goal: { lineage_id: string; title: string };
  districts: { id: string; code: string; name: string }[];
  existing: GoalIndicator | null;
  onDone: () => void;
};

/** Adds or changes an indicator of a goal: a CBS figure (baseline from the data) or the team's own, with a target.
 *  A refusal keeps everything typed; Escape cancels. */
export function GoalIndicatorForm({ documentId, goal, districts, existing, onDone }: GoalIndicatorFormProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const kindName = useId();
  const catalog = useQuery(indicatorQueries.catalog());
  const save = useSaveGoalIndicator(documentId);
  const [draft, setDraft] = useState<GoalDraft>(() => draftOf(existing));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [attempt, setAttempt] = useState(0);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => form.current?.querySelector<HTMLInputElement>('input')?.focus(), []);
  // after a refused submit, the first field in error gets the focus (its message is linked to it)
  useEffect(() => {
    if (attempt) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);
  const change = (patch: Partial<GoalDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const error = (k: keyof GoalDraft) => (errors[k] ? t(`goalIndicators.form.errors.${errors[k]}`) : undefined);
  const submit = () => {
    const found = draftErrors(draft);
    setErrors(found);
    if (Object.keys(found).length) return setAttempt((n) => n + 1);
    save.mutate(draftArgs(draft, goal.lineage_id, existing), { onSuccess: onDone });
  };
  return (
    <form
      ref={form}
      className="goal-indicator-form"
      aria-labelledby={titleId}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onDone();
      }}
    >
      <h4 id={titleId} className="utrecht-heading-5">
        {t(existing ? 'goalIndicators.form.editTitle' : 'goalIndicators.form.newTitle', { goal: goal.title })}
      </h4>
      <GoalIndicatorError error={save.error} />
      <fieldset>
        <legend>{t('goalIndicators.form.kind')}</legend>
        {(['cbs', 'custom'] as const).map((kind) => (
          <label key={kind}>
            <input
              type="radio"
              name={kindName}
              checked={draft.kind === kind}
              onChange={() => change({ kind, baselineYear: '' })}
            />
            {t(kind === 'cbs' ? 'goalIndicators.form.kindCbs' : 'goalIndicators.form.kindCustom')}
          </label>
        ))}
      </fieldset>
      {draft.kind === 'cbs' ? (
        <CbsIndicatorFields
          draft={draft}
          errors={errors}
          indicators={catalog.data?.indicators ?? []}
          districts={districts}
          onChange={change}
        />
      ) : (
        <CustomIndicatorFields draft={draft} errors={errors} onChange={change} />
      )}
      <div className="goal-indicator-form__pair">
        <TextField
          label={t('goalIndicators.form.targetValue')}
          inputMode="decimal"
          value={draft.targetValue}
          error={error('targetValue')}
          onChange={(e) => change({ targetValue: e.target.value })}
        />
        <TextField
          label={t('goalIndicators.form.targetYear')}
          inputMode="numeric"
          value={draft.targetYear}
          error={error('targetYear')}
          onChange={(e) => change({ targetYear: e.target.value })}
        />
      </div>
      <div className="goal-indicator-form__buttons">
        <Button type="submit" appearance="primary" busy={save.isPending}>
          {t('goalIndicators.form.save')}
        </Button>
        <Button appearance="subtle" onClick={onDone}>
          {t('goalIndicators.form.cancel')}
        </Button>
      </div>
    </form>
  );
}
