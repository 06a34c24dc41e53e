import type { PathOptions } from 'leaflet';
import { areaColor } from '@/lib/geo/area-colors';
import type { AreaState } from './model';

/** Fill of an area; its thin white edges are the district borders. The others step back when one is selected. */
export function areaStyle(colorIndex: number, state: AreaState): PathOptions {
  return {
    color: '#ffffff',
    weight: 1,
    opacity: state === 'dimmed' ? 0.6 : 0.9,
    fillColor: areaColor(colorIndex),
    fillOpacity: state === 'dimmed' ? 0.25 : state === 'selected' ? 0.5 : 0.6,
  };
}

/** The border of an area: white between areas, a dark double line (dark on white) around the selected one. */
export function outlineStyle(state: AreaState): { halo: PathOptions; line: PathOptions } {
  const selected = state === 'selected';
  return {
    halo: { color: '#ffffff', weight: selected ? 7 : 0, opacity: selected ? 1 : 0, interactive: false },
    line: {
      color: selected ? '#1a1a1a' : '#ffffff',
      weight: selected ? 3.5 : 2.5,
      opacity: 1,
      interactive: false,
      lineJoin: 'round',
    },
  };
}
