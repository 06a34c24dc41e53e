import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { bboxToBounds } from '@/lib/geo/types';
import type { MapFocus } from '../model';

type FitToBoundsProps = { focus: MapFocus };

/** MapContainer props are only initial values; this moves the view when the focus changes. */
export function FitToBounds({ focus }: FitToBoundsProps) {
  const map = useMap();
  const [a, b, c, d] = focus.bbox;
  const padding = focus.padding ?? 28;
  useEffect(() => {
    map.fitBounds(bboxToBounds([a, b, c, d]) as never, { padding: [padding, padding], animate: false });
  }, [map, a, b, c, d, padding]);
  return null;
}
