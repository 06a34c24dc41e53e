import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/ui/select-field';
import { SEARCH_KINDS, SEARCH_STATUSES, type SearchFilters as Filters, type StatusDomain } from '../model';

type SearchFiltersProps = {
  filters: Filters;
  areas: { id: string; name: string }[];
  onChange: (next: Filters) => void;
};

/** Kind, area and status; each change goes to the URL at once (the results follow). */
export function SearchFilters({ filters, areas, onChange }: SearchFiltersProps) {
  const { t } = useTranslation();
  const statusOptions = (Object.keys(SEARCH_STATUSES) as StatusDomain[]).flatMap((domain) =>
    SEARCH_STATUSES[domain].map((s) => ({
      value: `${domain}:${s}`,
      label: `${t(`search.filters.statusGroup.${domain}`)}: ${t(statusLabel(domain, s))}`,
    })),
  );
  const active = filters.kind || filters.areaId || filters.status;
  return (
    <fieldset className="search-filters">
      <legend className="utrecht-heading-2 search-filters__legend">{t('search.filters.legend')}</legend>
      <SelectField
        label={t('search.filters.kind')}
        value={filters.kind ?? ''}
        onChange={(e) => onChange({ ...filters, kind: (e.target.value || null) as Filters['kind'] })}
        options={[
          { value: '', label: t('search.filters.allKinds') },
          ...SEARCH_KINDS.map((k) => ({ value: k, label: t(`search.kinds.${k}`) })),
        ]}
      />
      <SelectField
        label={t('search.filters.area')}
        value={filters.areaId ?? ''}
        onChange={(e) => onChange({ ...filters, areaId: e.target.value || null })}
        options={[
          { value: '', label: t('search.filters.allAreas') },
          ...areas.map((a) => ({ value: a.id, label: a.name })),
        ]}
      />
      <SelectField
        label={t('search.filters.status')}
        value={filters.status ?? ''}
        onChange={(e) => onChange({ ...filters, status: e.target.value || null })}
        options={[{ value: '', label: t('search.filters.anyStatus') }, ...statusOptions]}
      />
      {active ? (
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          onClick={() => onChange({ kind: null, areaId: null, status: null })}
        >
          {t('search.filters.clear')}
        </button>
      ) : null}
    </fieldset>
  );
}

const statusLabel = (domain: StatusDomain, status: string) =>
  ({
    document: `status.${status}`,
    item: `labels.itemStatus.${status}`,
    action: `labels.actionStatus.${status}`,
    initiative: `initiatives.status.${status}`,
  })[domain];
