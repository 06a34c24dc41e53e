import { useTranslation } from 'react-i18next';
import { INITIATIVE_STATUSES, type InitiativeFilters as Filters, type InitiativeStatus } from '../model';
import '../initiatives.css';

type Option = { slug: string; label: string };
type InitiativeFiltersProps = {
  filters: Filters;
  themes: Option[];
  areas: Option[];
  onChange: (filters: Filters) => void;
};

/** Status, theme and area filters; the same ones drive the map and the list (they live in the URL). */
export function InitiativeFilters({ filters, themes, areas, onChange }: InitiativeFiltersProps) {
  const { t } = useTranslation();
  const select = (id: string, label: string, value: string | undefined, options: Option[], key: keyof Filters) => (
    <div className="utrecht-form-field initiative-filters__field">
      <label className="utrecht-form-label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="utrecht-select utrecht-select--html-select"
        value={value ?? ''}
        onChange={(e) => onChange({ ...filters, [key]: e.target.value || undefined })}
      >
        <option value="">{t('initiatives.filters.all')}</option>
        {options.map((o) => (
          <option key={o.slug} value={o.slug}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  const statuses = INITIATIVE_STATUSES.map((s: InitiativeStatus) => ({ slug: s, label: t(`initiatives.status.${s}`) }));
  return (
    <fieldset className="initiative-filters">
      <legend className="visually-hidden">{t('initiatives.filters.legend')}</legend>
      {select('filter-status', t('initiatives.filters.status'), filters.status, statuses, 'status')}
      {select('filter-theme', t('initiatives.filters.theme'), filters.theme, themes, 'theme')}
      {select('filter-area', t('initiatives.filters.area'), filters.area, areas, 'area')}
    </fieldset>
  );
}
