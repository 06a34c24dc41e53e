import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { areaQueries } from '@/features/areas/api';
import type { PlaceRenderers } from '@/features/documents/components/document-context';
import { placeCentre, type DocumentDetail, type Place } from '@/features/documents/model';
import { AreaOutline } from '@/features/map/components/area-outline';
import { PlaceMap } from '@/features/map/components/place-map';
import { PlacePicker } from '@/features/map/components/place-picker';
import { geometryContains } from '@/lib/geo/contains';
import { mapFocusBBox, toMapAreas } from './map-areas';
import './document-place.css';

/** The map parts of the document page come from the map feature; composed here. */
export function usePlaceRenderers(detail: DocumentDetail): PlaceRenderers {
  const areaSlug = detail.document.area.slug;
  const { data } = useQuery(areaQueries.overview());
  const districts = useMemo(() => data?.districts.filter((d) => d.area_slug === areaSlug) ?? [], [data, areaSlug]);
  return {
    placeName: (place) => districts.find((d) => geometryContains(d.geometry, placeCentre(place)))?.name,
    renderPlace: (place, title) => <EntryPlaceMap place={place} title={title} />,
    renderPlacePicker: ({ value, onChange }) => (
      <AreaPlacePicker areaSlug={areaSlug} value={value} onChange={onChange} />
    ),
  };
}

function EntryPlaceMap({ place, title }: { place: Place; title: string }) {
  const { t } = useTranslation();
  return (
    <details className="no-print">
      <summary className="link-button">{t('documents.place.showMap')}</summary>
      <div className="entry-place-map">
        <PlaceMap place={place} label={t('map.placeLabel', { title })} />
      </div>
    </details>
  );
}

type AreaPlacePickerProps = { areaSlug: string; value: Place | null; onChange: (place: Place | null) => void };

/** A place inside the document's area: the area's border on the map for orientation, its wijken as a list. */
function AreaPlacePicker({ areaSlug, value, onChange }: AreaPlacePickerProps) {
  const { t } = useTranslation();
  const { data } = useQuery(areaQueries.overview());
  const area = useMemo(() => (data ? toMapAreas(data).find((a) => a.slug === areaSlug) : undefined), [data, areaSlug]);
  if (!data) return <p className="muted">{t('common.loading')}</p>;
  return (
    <PlacePicker
      value={value}
      onChange={onChange}
      bbox={mapFocusBBox(data, areaSlug)}
      districts={data.districts.filter((d) => d.area_slug === areaSlug)}
      label={t('map.pickerLabel')}
    >
      {area ? <AreaOutline area={area} state="selected" /> : null}
    </PlacePicker>
  );
}
