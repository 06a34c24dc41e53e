import type { Map as LeafletMap } from 'leaflet';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CircleMarker, useMap, useMapEvents } from 'react-leaflet';
import { Button } from '@/components/ui/button';
import { lngLat, toLatLng, type BBox } from '@/lib/geo/types';
import { MapView } from './map-view';

type PointPickerProps = {
  /** [lng, lat] or null */
  value: [number, number] | null;
  onChange: (point: [number, number] | null) => void;
  bbox: BBox;
  label: string;
  children?: ReactNode;
};

const STEP_METRES = 50;

/** Picks a point: click on the map, or by keyboard put it in the middle of the map and move it with the buttons. */
export function PointPicker({ value, onChange, bbox, label, children }: PointPickerProps) {
  const { t } = useTranslation();
  const mapRef = useRef<LeafletMap | null>(null);
  const placeAtCentre = () => {
    const c = mapRef.current?.getCenter();
    if (c) onChange([c.lng, c.lat]);
  };
  const nudge = (east: number, north: number) => {
    if (!value) return;
    const [lng, lat] = value;
    onChange([
      lng + (east * STEP_METRES) / (111_320 * Math.cos((lat * Math.PI) / 180)),
      lat + (north * STEP_METRES) / 111_320,
    ]);
  };
  return (
    <div className="point-picker">
      <MapView focus={{ bbox, padding: 8 }} label={label} className="point-picker__map">
        {children}
        <MapHandle mapRef={mapRef} onPick={onChange} />
        {value ? (
          <CircleMarker
            center={[...toLatLng(lngLat(value[0], value[1]))] as [number, number]}
            radius={9}
            pathOptions={{ color: '#8a2a00', weight: 3, fillColor: '#d55e00', fillOpacity: 0.7 }}
          />
        ) : null}
      </MapView>
      <p className="utrecht-paragraph" aria-live="polite">
        {value ? t('map.picker.chosen', { lat: value[1].toFixed(5), lng: value[0].toFixed(5) }) : t('map.picker.none')}
      </p>
      <div className="button-row">
        <Button onClick={placeAtCentre}>{t('map.picker.centre')}</Button>
        {value ? (
          <>
            <Button onClick={() => nudge(0, 1)}>{t('map.picker.north', { m: STEP_METRES })}</Button>
            <Button onClick={() => nudge(0, -1)}>{t('map.picker.south', { m: STEP_METRES })}</Button>
            <Button onClick={() => nudge(-1, 0)}>{t('map.picker.west', { m: STEP_METRES })}</Button>
            <Button onClick={() => nudge(1, 0)}>{t('map.picker.east', { m: STEP_METRES })}</Button>
            <Button appearance="subtle" onClick={() => onChange(null)}>
              {t('map.picker.clear')}
            </Button>
          </>
        ) : null}
      </div>
    </div>
  );
}

function MapHandle({
  mapRef,
  onPick,
}: {
  mapRef: { current: LeafletMap | null };
  onPick: (point: [number, number]) => void;
}) {
  const map = useMap();
  useEffect(() => {
    mapRef.current = map;
  }, [map, mapRef]);
  useMapEvents({ click: (e) => onPick([e.latlng.lng, e.latlng.lat]) });
  return null;
}
