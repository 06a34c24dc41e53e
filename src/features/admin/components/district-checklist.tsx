import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { districtsByArea, type AdminArea, type AdminDistrict } from '../model';

type DistrictChecklistProps = {
  legend: string;
  areas: AdminArea[];
  districts: AdminDistrict[];
  value: string[];
  onChange: (ids: string[]) => void;
  error?: string;
};

/** Wijken and dorpen as checkboxes grouped by area, with a filter; what is ticked stays ticked while filtered out. */
export function DistrictChecklist({ legend, areas, districts, value, onChange, error }: DistrictChecklistProps) {
  const { t } = useTranslation();
  const id = useId();
  const [filter, setFilter] = useState('');
  const chosen = new Set(value);
  const groups = districtsByArea(areas, districts, filter);
  const toggle = (districtId: string, on: boolean) =>
    onChange(on ? [...value, districtId] : value.filter((v) => v !== districtId));
  return (
    <fieldset
      className={`utrecht-form-fieldset admin-checklist${error ? ' admin-checklist--invalid' : ''}`}
      aria-describedby={`${id}-teller${error ? ` ${id}-fout` : ''}`}
      aria-invalid={error ? true : undefined}
    >
      <legend className="utrecht-form-fieldset__legend">{legend}</legend>
      <p id={`${id}-teller`} className="utrecht-form-field-description">
        {t('admin.districts.chosen', { count: value.length })}
      </p>
      {error ? (
        <p id={`${id}-fout`} className="utrecht-form-field-error-message">
          {error}
        </p>
      ) : null}
      <div className="admin-checklist__filter">
        <label htmlFor={`${id}-filter`} className="utrecht-form-label">
          {t('admin.districts.filter')}
        </label>
        <input
          id={`${id}-filter`}
          type="search"
          className="utrecht-textbox utrecht-textbox--html-input"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          // Enter in the filter must not submit the form around it
          onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}
        />
      </div>
      {groups.length === 0 ? (
        <p className="utrecht-paragraph empty-state">{t('admin.districts.noMatch')}</p>
      ) : (
        <div className="admin-checklist__groups">
          {groups.map((g) => (
            <fieldset key={g.area.id} className="admin-checklist__group">
              <legend>{g.area.name}</legend>
              {g.districts.map((d) => (
                <label key={d.id} className="utrecht-form-label utrecht-form-label--checkbox admin-checklist__item">
                  <input
                    type="checkbox"
                    className="utrecht-checkbox utrecht-checkbox--html-input"
                    checked={chosen.has(d.id)}
                    onChange={(e) => toggle(d.id, e.target.checked)}
                  />{' '}
                  {d.name}
                </label>
              ))}
            </fieldset>
          ))}
        </div>
      )}
    </fieldset>
  );
}
