import type { Map as LeafletMap } from 'leaflet';
import { useEffect } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';
import { roundedPosition, type Position } from '../place';

type PickerMapHandleProps = { mapRef: { current: LeafletMap | null }; onPick: (at: Position) => void };

/** Hands the Leaflet map to the picker (for its centre) and turns a click on the map into a pick. */
export function PickerMapHandle({ mapRef, onPick }: PickerMapHandleProps) {
  const map = useMap();
  useEffect(() => {
    mapRef.current = map;
  }, [map, mapRef]);
  useMapEvents({ click: (e) => onPick(roundedPosition(e.latlng.lng, e.latlng.lat)) });
  return null;
}
