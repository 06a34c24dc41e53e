import { useCallback, useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { useNavigate, useSearchParams } from 'react-router';
import { documentPath } from '@/config/paths';
import { markerPosition, SELECTED_PARAM } from '../model';
import { usePlaces } from '../use-places';
import { PlaceMarker } from './place-marker';

type PlacesLayerProps = {
  areaId?: string;
  /** false: the places are only drawn, for orientation; a tap on one goes to the map below (to place a pin there).
   *  Leaflet reads this when it creates a shape: give the layer a new `key` when it changes. */
  interactive?: boolean;
};

/** The items and actions with a place, as the filters in the URL select them; drawn as vectors, so no tiles needed. */
export function PlacesLayer({ areaId, interactive = true }: PlacesLayerProps) {
  const { places } = usePlaces(areaId);
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const map = useMap();
  const selectedId = search.get(SELECTED_PARAM);
  const features = places.data?.features ?? [];
  const selected = features.find((f) => f.id === selectedId);
  const open = useCallback((slug: string) => void navigate(documentPath(slug)), [navigate]);

  useEffect(() => {
    if (selected) map.setView([...markerPosition(selected)] as [number, number], Math.max(map.getZoom(), 15));
  }, [map, selected]);

  return (
    <>
      {features.map((f) => (
        <PlaceMarker key={f.id} place={f} selected={f.id === selectedId} onOpen={open} interactive={interactive} />
      ))}
    </>
  );
}
