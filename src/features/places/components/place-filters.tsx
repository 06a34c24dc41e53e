import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { ENTRY_KINDS, PLACE_STATUSES, type PlaceFilters as Filters, type Theme } from '../model';

type PlaceFiltersProps = {
  filters: Filters;
  themes: Theme[];
  onChange: (key: keyof Filters, value: string | null) => void;
  onClear: () => void;
};

/** Type, theme and status; a change filters the list and the map at once (both read the URL). */
export function PlaceFilters({ filters, themes, onChange, onClear }: PlaceFiltersProps) {
  const { t, i18n } = useTranslation();
  const any = filters.kind || filters.theme || filters.status;
  const first = useRef<HTMLSelectElement>(null);
  return (
    <fieldset className="place-filters">
      <legend className="place-filters__legend">{t('places.filters')}</legend>
      <div className="place-filters__field">
        <label htmlFor="plek-soort">{t('places.kind')}</label>
        <select
          ref={first}
          id="plek-soort"
          value={filters.kind ?? ''}
          onChange={(e) => onChange('kind', e.target.value || null)}
        >
          <option value="">{t('places.allKinds')}</option>
          {ENTRY_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`labels.entryKindPlural.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="place-filters__field">
        <label htmlFor="plek-thema">{t('places.theme')}</label>
        <select id="plek-thema" value={filters.theme ?? ''} onChange={(e) => onChange('theme', e.target.value || null)}>
          <option value="">{t('places.allThemes')}</option>
          {themes.map((th) => (
            <option key={th.id} value={th.slug}>
              {i18n.language === 'en' ? th.name_en : th.name_nl}
            </option>
          ))}
        </select>
      </div>
      <div className="place-filters__field">
        <label htmlFor="plek-status">{t('places.statusLabel')}</label>
        <select
          id="plek-status"
          value={filters.status ?? ''}
          onChange={(e) => onChange('status', e.target.value || null)}
        >
          <option value="">{t('places.allStatuses')}</option>
          {PLACE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`places.status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      {any ? (
        <Button
          appearance="subtle"
          onClick={() => {
            onClear();
            // the button goes away with the filters; keep the keyboard focus in the filters
            first.current?.focus();
          }}
        >
          {t('places.clearFilters')}
        </Button>
      ) : null}
    </fieldset>
  );
}
