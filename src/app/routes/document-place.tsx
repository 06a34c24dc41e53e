import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { areaQueries } from '@/features/areas/api';
import type { PlaceRenderers } from '@/features/documents/components/document-context';
import { placeCentre, type DocumentDetail, type Place } from '@/features/documents/model';
import { geometryContains } from '@/lib/geo/contains';
import './document-place.css';

// The maps (Leaflet) load when a person opens one or picks a place, not with the document they read first.
const PlaceMap = lazy(async () => ({ default: (await import('@/features/map/components/place-map')).PlaceMap }));
const AreaPlacePicker = lazy(async () => ({ default: (await import('./document-place-picker')).AreaPlacePicker }));

/** The map parts of the document page come from the map feature; composed here. */
export function usePlaceRenderers(detail: DocumentDetail): PlaceRenderers {
  const areaSlug = detail.document.area.slug;
  const { data } = useQuery(areaQueries.overview());
  const districts = useMemo(() => data?.districts.filter((d) => d.area_slug === areaSlug) ?? [], [data, areaSlug]);
  return {
    placeName: (place) => districts.find((d) => geometryContains(d.geometry, placeCentre(place)))?.name,
    renderPlace: (place, title) => <EntryPlaceMap place={place} title={title} />,
    renderPlacePicker: ({ value, onChange }) => (
      <Suspense fallback={<MapLoading />}>
        <AreaPlacePicker areaSlug={areaSlug} value={value} onChange={onChange} />
      </Suspense>
    ),
  };
}

/** The map is made when it is opened: an agenda has a place on many items, and a Leaflet map for each closed one
 *  made the page slow to appear on a phone. */
function EntryPlaceMap({ place, title }: { place: Place; title: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <details className="no-print" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="link-button">{t('documents.place.showMap')}</summary>
      <div className="entry-place-map">
        {open ? (
          <Suspense fallback={<MapLoading />}>
            <PlaceMap place={place} label={t('map.placeLabel', { title })} />
          </Suspense>
        ) : null}
      </div>
    </details>
  );
}

function MapLoading() {
  const { t } = useTranslation();
  return (
    <p className="muted" role="status">
      {t('map.loading')}
    </p>
  );
}
