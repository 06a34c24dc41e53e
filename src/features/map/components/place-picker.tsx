import type { Map as LeafletMap } from 'leaflet';
import { useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CircleMarker, Polygon, Polyline } from 'react-leaflet';
import { lngLat, toLatLng, type BBox } from '@/lib/geo/types';
import type { PickMode } from '../pick-mode';
import { areaFromCorners, cornersOf, type PlaceGeometry, type Position } from '../place';
import { MapView } from './map-view';
import { PickerMapHandle } from './picker-map-handle';
import { PlaceFromList, type DistrictOption } from './place-from-list';
import { PlacePickerButtons } from './place-picker-buttons';
import './place-picker.css';

type PlacePickerProps = {
  value: PlaceGeometry | null;
  onChange: (place: PlaceGeometry | null) => void;
  bbox: BBox;
  /** The wijken and dorpen a place can be picked from without the map. */
  districts: DistrictOption[];
  label: string;
  children?: ReactNode;
};

const PICKED = { color: '#8a2a00', weight: 3, fillColor: '#d55e00', fillOpacity: 0.35 };
const toLeaflet = (p: Position) => [...toLatLng(lngLat(p[0], p[1]))] as [number, number];

/** Picks a point or draws an area on the map, or (without the map) takes a wijk from a list or typed coordinates. */
export function PlacePicker({ value, onChange, bbox, districts, label, children }: PlacePickerProps) {
  const { t } = useTranslation();
  const mapRef = useRef<LeafletMap | null>(null);
  const [mode, setMode] = useState<PickMode>(value?.type === 'Polygon' ? 'area' : 'point');
  const [corners, setCorners] = useState<Position[]>(() => cornersOf(value));
  const [districtId, setDistrictId] = useState('');
  const radioName = useId();
  const setArea = (next: Position[], fromDistrict = '') => {
    setDistrictId(fromDistrict);
    setCorners(next);
    onChange(areaFromCorners(next));
  };
  const setPoint = (p: Position | null) => {
    setDistrictId('');
    onChange(p ? { type: 'Point', coordinates: p } : null);
  };
  const pick = (p: Position) => (mode === 'point' ? setPoint(p) : setArea([...corners, p]));
  const switchMode = (next: PickMode) => {
    setMode(next);
    setArea([]);
  };
  const district = districts.find((d) => d.id === districtId);
  const point = value?.type === 'Point' ? value.coordinates : null;
  return (
    <div className="place-picker">
      <fieldset className="place-picker__mode">
        <legend>{t('map.picker.kind')}</legend>
        {(['point', 'area'] as const).map((m) => (
          <label key={m}>
            <input type="radio" name={radioName} checked={mode === m} onChange={() => switchMode(m)} />{' '}
            {t(`map.picker.mode.${m}`)}
          </label>
        ))}
      </fieldset>
      <p className="muted">{t(`map.picker.hint.${mode}`)}</p>
      <MapView focus={{ bbox, padding: 8 }} label={label} className="place-picker__map">
        {children}
        <PickerMapHandle mapRef={mapRef} onPick={pick} />
        {point ? (
          <CircleMarker center={toLeaflet(point)} radius={9} pathOptions={{ ...PICKED, fillOpacity: 0.7 }} />
        ) : null}
        {mode === 'area' && corners.length >= 3 ? (
          <Polygon positions={corners.map(toLeaflet)} pathOptions={PICKED} />
        ) : null}
        {mode === 'area' && corners.length === 2 ? (
          <Polyline positions={corners.map(toLeaflet)} pathOptions={PICKED} />
        ) : null}
        {mode === 'area' && corners.length <= 40
          ? corners.map((c, i) => <CircleMarker key={i} center={toLeaflet(c)} radius={4} pathOptions={PICKED} />)
          : null}
      </MapView>
      <p className="utrecht-paragraph place-picker__status" aria-live="polite">
        {point
          ? t('map.picker.chosen', { lat: point[1].toFixed(5), lng: point[0].toFixed(5) })
          : district
            ? t('map.picker.chosenDistrict', { name: district.name })
            : mode === 'area' && corners.length
              ? t(corners.length < 3 ? 'map.picker.cornersDraft' : 'map.picker.corners', { count: corners.length })
              : t('map.picker.none')}
      </p>
      <PlacePickerButtons
        mode={mode}
        point={point}
        cornerCount={corners.length}
        centre={() => {
          const c = mapRef.current?.getCenter();
          return c ? ([c.lng, c.lat] as Position) : null;
        }}
        onPoint={setPoint}
        onCorners={(f) => setArea(f(corners))}
        onClear={() => (mode === 'point' ? setPoint(null) : setArea([]))}
      />
      <PlaceFromList
        districts={districts}
        districtId={districtId}
        onDistrict={(id, area) => {
          setMode('area');
          setArea(cornersOf(area), id);
        }}
        onPoint={(p) => {
          setMode('point');
          setCorners([]);
          setPoint(p);
        }}
      />
    </div>
  );
}
