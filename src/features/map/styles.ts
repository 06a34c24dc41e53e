import type { PathOptions } from 'leaflet';
import { areaColor } from '@/lib/geo/area-colors';

/** Style of an area shape; the selected area stands out, the others step back when one is selected. */
export function areaStyle(colorIndex: number, state: 'normal' | 'selected' | 'dimmed'): PathOptions {
  return {
    color: state === 'selected' ? '#1a1a1a' : '#ffffff',
    weight: state === 'selected' ? 3 : 1.5,
    fillColor: areaColor(colorIndex),
    fillOpacity: state === 'dimmed' ? 0.2 : state === 'selected' ? 0.45 : 0.55,
  };
}

export const DISTRICT_BORDER: PathOptions = {
  color: '#ffffff',
  weight: 0.8,
  opacity: 0.9,
  fill: false,
  interactive: false,
};
