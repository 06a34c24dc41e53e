import { CircleMarker, Polygon } from 'react-leaflet';
import { lngLat, toLatLng, type BBox } from '@/lib/geo/types';
import type { PlaceGeometry } from '../place';
import { MapView } from './map-view';
import './place-map.css';

type PlaceMapProps = { place: PlaceGeometry; label: string };

const MARKER = { color: '#0b4a8b', weight: 3, fillColor: '#2f7fd1', fillOpacity: 0.6 };
const around = ([lng, lat]: [number, number], d = 0.004): BBox => [lng - d, lat - d, lng + d, lat + d];

function bboxOf(place: PlaceGeometry): BBox {
  if (place.type === 'Point') return around(place.coordinates);
  const ring = place.coordinates[0] ?? [];
  const lngs = ring.map((p) => p[0] ?? 0);
  const lats = ring.map((p) => p[1] ?? 0);
  return [Math.min(...lngs), Math.min(...lats), Math.max(...lngs), Math.max(...lats)];
}

const toPosition = (p: number[]) => [...toLatLng(lngLat(p[0] ?? 0, p[1] ?? 0))] as [number, number];

/** A small read-only map of one point or area (the text next to it says the same: this is an extra). */
export function PlaceMap({ place, label }: PlaceMapProps) {
  return (
    <MapView focus={{ bbox: bboxOf(place), padding: 16 }} label={label} className="place-map">
      {place.type === 'Point' ? (
        <CircleMarker center={toPosition(place.coordinates)} radius={9} pathOptions={MARKER} />
      ) : (
        <Polygon positions={place.coordinates.map((ring) => ring.map(toPosition))} pathOptions={MARKER} />
      )}
    </MapView>
  );
}
