import { useTranslation } from 'react-i18next';
import { TextField } from '@/components/ui/text-field';
import type { DraftErrors, GoalDraft } from '../goal-draft';

type CustomIndicatorFieldsProps = {
  draft: GoalDraft;
  errors: DraftErrors;
  onChange: (patch: Partial<GoalDraft>) => void;
};

/** An indicator the team defines itself: name, unit, source, and the baseline with its year. */
export function CustomIndicatorFields({ draft, errors, onChange }: CustomIndicatorFieldsProps) {
  const { t } = useTranslation();
  const error = (k: keyof GoalDraft) => (errors[k] ? t(`goalIndicators.form.errors.${errors[k]}`) : undefined);
  return (
    <>
      <TextField
        label={t('goalIndicators.form.name')}
        value={draft.name}
        maxLength={200}
        error={error('name')}
        onChange={(e) => onChange({ name: e.target.value })}
      />
      <TextField
        label={t('goalIndicators.form.unit')}
        value={draft.unit}
        maxLength={40}
        error={error('unit')}
        onChange={(e) => onChange({ unit: e.target.value })}
      />
      <TextField
        label={t('goalIndicators.form.source')}
        value={draft.source}
        maxLength={300}
        error={error('source')}
        onChange={(e) => onChange({ source: e.target.value })}
      />
      <div className="goal-indicator-form__pair">
        <TextField
          label={t('goalIndicators.form.baselineValue')}
          inputMode="decimal"
          value={draft.baselineValue}
          error={error('baselineValue')}
          onChange={(e) => onChange({ baselineValue: e.target.value })}
        />
        <TextField
          label={t('goalIndicators.form.baselineYear')}
          inputMode="numeric"
          value={draft.baselineYear}
          error={error('baselineYear')}
          onChange={(e) => onChange({ baselineYear: e.target.value })}
        />
      </div>
    </>
  );
}
