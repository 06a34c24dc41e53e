import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/ui/select-field';
import type { DraftErrors, GoalDraft } from '../goal-draft';
import { nameOf, type CatalogIndicator } from '../model';

type CbsIndicatorFieldsProps = {
  draft: GoalDraft;
  errors: DraftErrors;
  indicators: CatalogIndicator[];
  districts: { id: string; code: string; name: string }[];
  onChange: (patch: Partial<GoalDraft>) => void;
};

/** A CBS figure for a goal: which figure, over the whole area or chosen wijken, and the year of the baseline. */
export function CbsIndicatorFields({ draft, errors, indicators, districts, onChange }: CbsIndicatorFieldsProps) {
  const { t, i18n } = useTranslation();
  const scopeName = useId();
  const chosen = indicators.find((i) => i.key === draft.key);
  const years = chosen?.years.filter((y) => y.with_value > 0).map((y) => y.year) ?? [];
  const error = (k: keyof GoalDraft) => (errors[k] ? t(`goalIndicators.form.errors.${errors[k]}`) : undefined);
  return (
    <>
      <SelectField
        label={t('goalIndicators.form.figure')}
        value={draft.key}
        error={error('key')}
        onChange={(e) => onChange({ key: e.target.value, baselineYear: '' })}
        options={[
          { value: '', label: t('goalIndicators.form.chooseFigure') },
          ...indicators
            .filter((i) => i.years.some((y) => y.with_value > 0))
            .map((i) => ({ value: i.key, label: nameOf(i, i18n.language) })),
        ]}
      />
      <fieldset>
        <legend>{t('goalIndicators.form.scope')}</legend>
        {(['area', 'districts'] as const).map((scope) => (
          <label key={scope}>
            <input type="radio" name={scopeName} checked={draft.scope === scope} onChange={() => onChange({ scope })} />
            {t(scope === 'area' ? 'goalIndicators.form.scopeArea' : 'goalIndicators.form.scopeDistricts')}
          </label>
        ))}
      </fieldset>
      {draft.scope === 'districts' ? (
        <fieldset aria-describedby={errors.districtIds ? `${scopeName}-fout` : undefined}>
          <legend>{t('goalIndicators.form.districts')}</legend>
          {errors.districtIds ? (
            <p className="utrecht-form-field-error-message" id={`${scopeName}-fout`}>
              {error('districtIds')}
            </p>
          ) : null}
          <div className="goal-indicator-form__districts">
            {districts.map((d) => (
              <label key={d.id}>
                <input
                  type="checkbox"
                  checked={draft.districtIds.includes(d.id)}
                  onChange={(e) =>
                    onChange({
                      districtIds: e.target.checked
                        ? [...draft.districtIds, d.id]
                        : draft.districtIds.filter((x) => x !== d.id),
                    })
                  }
                />
                {d.name}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      {years.length ? (
        <SelectField
          label={t('goalIndicators.form.baselineYear')}
          value={draft.baselineYear || String(Math.max(...years))}
          onChange={(e) => onChange({ baselineYear: e.target.value })}
          options={years.map((y) => ({ value: String(y), label: String(y) }))}
        />
      ) : null}
      <p className="muted">{t('goalIndicators.form.baselineNote')}</p>
    </>
  );
}
