import type { Polygon as LeafletPolygon } from 'leaflet';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/lib/formats';
import { Polygon, Tooltip } from 'react-leaflet';
import { toLatLng, type LngLat } from '@/lib/geo/types';
import { useKeyboardLayer } from '@/lib/map/use-keyboard-layer';
import type { AreaState, MapArea } from '../model';
import { areaStyle } from '../styles';

type AreaShapeProps = { area: MapArea; state: AreaState; onSelect: (slug: string) => void };

const toPositions = (area: MapArea) =>
  area.shape.coordinates.map((polygon) =>
    polygon.map((ring) => ring.map((p) => [...toLatLng(p as unknown as LngLat)] as [number, number])),
  );

/** One area on the map: clickable, reachable with Tab, opened with Enter or Space, its name shown on hover and focus. */
export function AreaShape({ area, state, onSelect }: AreaShapeProps) {
  const { t, i18n } = useTranslation();
  const ref = useRef<LeafletPolygon>(null);
  const label = t('map.areaLabel', { name: area.name });

  useKeyboardLayer(ref, label, () => onSelect(area.slug));

  return (
    <Polygon
      ref={ref}
      positions={toPositions(area)}
      pathOptions={areaStyle(area.colorIndex, state)}
      eventHandlers={{ click: () => onSelect(area.slug) }}
    >
      <Tooltip sticky>
        <strong>{area.name}</strong> · {t('areas.districtCount', { count: area.districtCount })}
        {typeof area.progress === 'number' ? (
          <> · {t('map.planProgress', { progress: formatNumber(area.progress, i18n.language) })}</>
        ) : null}
      </Tooltip>
    </Polygon>
  );
}
