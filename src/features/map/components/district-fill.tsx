import type { Path, PathOptions, Polygon as LeafletPolygon } from 'leaflet';
import { useEffect, useRef } from 'react';
import { Polygon, Tooltip } from 'react-leaflet';
import { lngLat, mergePolygons, toLatLng, type AreaGeometry } from '@/lib/geo/types';
import { useKeyboardLayer } from '@/lib/map/use-keyboard-layer';

/** One wijk as the route wants it drawn: a fill colour (or none), a label for its tooltip and screen readers. */
export type DistrictFillShape = {
  id: string;
  geometry: AreaGeometry;
  label: string;
  /** a fill colour; null: transparent (still clickable), over the area's own colour */
  fill: string | null;
  /** "geen gegevens": grey with a dashed border */
  noData?: boolean;
};

type DistrictFillProps = {
  shape: DistrictFillShape;
  selected: boolean;
  /** reachable with Tab (a link, opened with Enter or Space) */
  focusable: boolean;
  onSelect: (id: string) => void;
};

const NOT_FOCUSABLE = { current: null as Path | null };

const toPositions = (g: AreaGeometry) =>
  mergePolygons([g]).coordinates.map((polygon) =>
    polygon.map((ring) => ring.map((p) => [...toLatLng(lngLat(p[0] ?? 0, p[1] ?? 0))] as [number, number])),
  );

function styleOf(shape: DistrictFillShape, selected: boolean): PathOptions {
  if (selected)
    return {
      color: '#1a1a1a',
      weight: 4,
      opacity: 1,
      fillColor: shape.fill ?? '#ffffff',
      fillOpacity: shape.fill ? 0.85 : 0.05,
    };
  if (!shape.fill) return { color: '#1a1a1a', weight: 0, opacity: 0, fillColor: '#ffffff', fillOpacity: 0.01 };
  // opaque: the area colours below must not change the class colours the legend shows
  if (shape.noData)
    return { color: '#424242', weight: 1.5, opacity: 1, dashArray: '4 3', fillColor: shape.fill, fillOpacity: 1 };
  return { color: '#ffffff', weight: 1, opacity: 1, fillColor: shape.fill, fillOpacity: 1 };
}

/** One wijk on the map: coloured by a figure, or a transparent target over its area; its label on hover and focus. */
export function DistrictFill({ shape, selected, focusable, onSelect }: DistrictFillProps) {
  const ref = useRef<LeafletPolygon>(null);
  useKeyboardLayer(focusable ? ref : NOT_FOCUSABLE, shape.label, () => onSelect(shape.id));
  useEffect(() => {
    if (selected) ref.current?.bringToFront();
  }, [selected]);
  return (
    <Polygon
      ref={ref}
      positions={toPositions(shape.geometry)}
      pathOptions={styleOf(shape, selected)}
      eventHandlers={{ click: () => onSelect(shape.id) }}
    >
      <Tooltip sticky>{shape.label}</Tooltip>
    </Polygon>
  );
}
