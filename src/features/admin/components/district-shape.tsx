import type { Polygon as LeafletPolygon } from 'leaflet';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Polygon, Tooltip } from 'react-leaflet';
import { areaColor } from '@/lib/geo/area-colors';
import { lngLat, mergePolygons, toLatLng, type AreaGeometry } from '@/lib/geo/types';
import { useKeyboardLayer } from '@/lib/map/use-keyboard-layer';

/** What the wijken map draws of one wijk; the page builds these from the map's geometry and the console's areas. */
export type DistrictOnMap = {
  id: string;
  code: string;
  name: string;
  geometry: AreaGeometry;
  areaName: string;
  colorIndex: number;
};

type DistrictShapeProps = { district: DistrictOnMap; selected: boolean; onSelect: (districtId: string) => void };

const toPositions = (g: AreaGeometry) =>
  mergePolygons([g]).coordinates.map((polygon) =>
    polygon.map((ring) => ring.map((p) => [...toLatLng(lngLat(p[0] ?? 0, p[1] ?? 0))] as [number, number])),
  );

/** One wijk in its area's colour: clickable, reachable with Tab, chosen with Enter or Space; named with its area. */
export function DistrictShape({ district, selected, onSelect }: DistrictShapeProps) {
  const { t } = useTranslation();
  const ref = useRef<LeafletPolygon>(null);
  const label = t('admin.districts.mapLabel', { name: district.name, area: district.areaName });
  useKeyboardLayer(ref, label, () => onSelect(district.id));
  // the chosen wijk's border on top of its neighbours' (moving the element must not take its focus away)
  useEffect(() => {
    const layer = ref.current;
    if (!selected || !layer) return;
    const el = layer.getElement() as SVGElement | undefined;
    const focused = el !== undefined && document.activeElement === el;
    layer.bringToFront();
    if (focused) el.focus();
  }, [selected]);
  return (
    <Polygon
      ref={ref}
      positions={toPositions(district.geometry)}
      pathOptions={{
        color: selected ? '#1a1a1a' : '#ffffff',
        weight: selected ? 4 : 1,
        opacity: 1,
        fillColor: areaColor(district.colorIndex),
        fillOpacity: selected ? 0.85 : 0.6,
      }}
      eventHandlers={{ click: () => onSelect(district.id) }}
    >
      <Tooltip sticky>
        <strong>{district.name}</strong> · {district.areaName}
      </Tooltip>
    </Polygon>
  );
}
