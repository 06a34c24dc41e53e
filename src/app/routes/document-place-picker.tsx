import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { areaQueries } from '@/features/areas/api';
import type { Place } from '@/features/documents/model';
import { AreaOutline } from '@/features/map/components/area-outline';
import { PlacePicker } from '@/features/map/components/place-picker';
import { mapFocusBBox, toMapAreas } from './map-areas';

type AreaPlacePickerProps = { areaSlug: string; value: Place | null; onChange: (place: Place | null) => void };

/** A place inside the document's area: the area's border on the map for orientation, its wijken as a list. */
export function AreaPlacePicker({ areaSlug, value, onChange }: AreaPlacePickerProps) {
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
