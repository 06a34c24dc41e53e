import 'leaflet/dist/leaflet.css';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MapContainer, TileLayer } from 'react-leaflet';
import { bboxToBounds } from '@/lib/geo/types';
import { EMPTY_TILE, PDOK_ATTRIBUTION, pdokTiles, type MapFocus, type TileLayerName } from '../model';
import { FitToBounds } from './fit-to-bounds';
import './map-view.css';

type MapViewProps = {
  focus: MapFocus;
  tiles?: TileLayerName;
  legend?: ReactNode;
  children?: ReactNode;
  /** The map's accessible name; the city map's by default. */
  label?: string;
  className?: string;
};

/** The base map: PDOK BRT-Achtergrondkaart tiles (optional: everything drawn on top comes from our data). */
export function MapView({ focus, tiles = 'grijs', legend, children, label, className }: MapViewProps) {
  const { t } = useTranslation();
  return (
    <div
      className={className ? `map-view ${className}` : 'map-view'}
      role="region"
      aria-label={label ?? t('map.label')}
    >
      <MapContainer
        bounds={bboxToBounds(focus.bbox) as never}
        minZoom={6}
        maxZoom={19}
        className="map-view__map"
        zoomSnap={0.25}
      >
        <TileLayer
          url={pdokTiles(tiles)}
          attribution={PDOK_ATTRIBUTION}
          minZoom={6}
          maxZoom={19}
          errorTileUrl={EMPTY_TILE}
        />
        <FitToBounds focus={focus} />
        {children}
      </MapContainer>
      {legend}
    </div>
  );
}
