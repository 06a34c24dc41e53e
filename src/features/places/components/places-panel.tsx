import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import '../places.css';
import { SELECTED_PARAM, type PlaceFeature } from '../model';
import { usePlaceFilters, usePlaces } from '../use-places';
import { ExportButton } from './export-button';
import { PlaceFilters } from './place-filters';
import { PlaceList } from './place-list';

type PlacesPanelProps = {
  areaId?: string;
  exportName: string;
  /** the wijk a place lies in, as a link to its page (composed by the route) */
  districtLink?: (place: PlaceFeature) => ReactNode;
};

/** Beside the map: the filters, the places they select (the list form of the map's markers) and the export. */
export function PlacesPanel({ areaId, exportName, districtLink }: PlacesPanelProps) {
  const { t } = useTranslation();
  const { setFilter, clearFilters } = usePlaceFilters();
  const { filters, themes, places } = usePlaces(areaId);
  const [search, setSearch] = useSearchParams();
  const show = (id: string) =>
    setSearch(
      (s) => {
        const next = new URLSearchParams(s);
        next.set(SELECTED_PARAM, id);
        return next;
      },
      { replace: true, preventScrollReset: true },
    );
  const features = places.data?.features ?? [];
  return (
    <section aria-labelledby="plekken-titel" className="places-panel">
      <h2 id="plekken-titel" className="utrecht-heading-2">
        {t('places.title')}
      </h2>
      <p className="utrecht-paragraph muted">{t('places.intro')}</p>
      <PlaceFilters filters={filters} themes={themes} onChange={setFilter} onClear={clearFilters} />
      {places.isPending ? (
        <Skeleton lines={3} />
      ) : places.isError ? (
        <ErrorState error={places.error} onRetry={() => void places.refetch()} />
      ) : (
        <>
          <p className="places-panel__count" role="status">
            {t('places.count', { count: features.length })}
          </p>
          {features.length === 0 ? (
            <p className="utrecht-paragraph">{t('places.empty')}</p>
          ) : (
            <PlaceList
              places={features}
              themes={themes}
              selectedId={search.get(SELECTED_PARAM)}
              onShow={show}
              districtLink={districtLink}
            />
          )}
          <ExportButton places={features} themes={themes} fileName={exportName} />
        </>
      )}
    </section>
  );
}
