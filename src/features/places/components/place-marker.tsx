import type { Path } from 'leaflet';
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CircleMarker, Polygon, Popup, Tooltip } from 'react-leaflet';
import { Link } from 'react-router';
import { documentPath } from '@/config/paths';
import { lngLat, toLatLng } from '@/lib/geo/types';
import { useKeyboardLayer } from '@/lib/map/use-keyboard-layer';
import { markerPosition, type PlaceFeature } from '../model';
import { placeAreaStyle, placeStyle } from '../styles';

type PlaceMarkerProps = {
  place: PlaceFeature;
  selected: boolean;
  onOpen: (slug: string) => void;
  /** false: only drawn (no tooltip, popup or focus); taps go through to the map */
  interactive?: boolean;
};

/** One item or action on the map: a dot (or a dashed area), reachable with Tab; Enter opens its document. */
export function PlaceMarker({ place, selected, onOpen, interactive = true }: PlaceMarkerProps) {
  const { t } = useTranslation();
  const ref = useRef<Path>(null);
  // one callback ref fits both the CircleMarker and the Polygon (each is a Leaflet Path)
  const setLayer = useCallback((layer: Path | null) => {
    ref.current = layer;
  }, []);
  const p = place.properties;
  const kind = t(`labels.entryKind.${p.kind}`);
  const status = p.status ? t(`places.status.${p.status}`) : '';
  const label = t('places.markerLabel', { kind, title: p.title, status });

  useKeyboardLayer(ref, label, () => onOpen(p.document.slug));

  useEffect(() => {
    if (selected) ref.current?.openPopup();
  }, [selected]);

  const content = !interactive ? null : (
    <>
      <Tooltip>
        <strong>{p.title}</strong>
        <br />
        {kind}
        {status ? ` · ${status}` : ''}
      </Tooltip>
      <Popup>
        <strong>{p.title}</strong>
        <br />
        {kind}
        {status ? ` · ${status}` : ''}
        <br />
        <Link to={documentPath(p.document.slug)}>{t('places.openDocument', { title: p.document.title })}</Link>
      </Popup>
    </>
  );
  if (place.geometry.type === 'Polygon') {
    const rings = place.geometry.coordinates.map((ring) =>
      ring.map(([lng, lat]) => [...toLatLng(lngLat(lng, lat))] as [number, number]),
    );
    return (
      <Polygon
        ref={interactive ? setLayer : undefined}
        positions={rings}
        interactive={interactive}
        pathOptions={placeAreaStyle(p.kind, selected)}
      >
        {content}
      </Polygon>
    );
  }
  return (
    <CircleMarker
      ref={interactive ? setLayer : undefined}
      interactive={interactive}
      center={[...markerPosition(place)] as [number, number]}
      radius={selected ? 10 : 8}
      pathOptions={placeStyle(p.kind, selected)}
    >
      {content}
    </CircleMarker>
  );
}
