import type { PathOptions } from 'leaflet';
import type { EntryKind } from './model';

/** One colour per kind of entry (always with its name beside it in the tooltip and the list). */
export const KIND_COLORS: Record<EntryKind, string> = {
  agenda_item: '#1d4f91',
  vision_goal: '#6c2a6a',
  plan_action: '#a04b00',
};

export function placeStyle(kind: EntryKind, selected: boolean): PathOptions {
  return {
    color: selected ? '#1a1a1a' : '#ffffff',
    weight: selected ? 3 : 2,
    opacity: 1,
    fillColor: KIND_COLORS[kind],
    fillOpacity: 0.9,
  };
}

export function placeAreaStyle(kind: EntryKind, selected: boolean): PathOptions {
  return {
    color: KIND_COLORS[kind],
    weight: selected ? 4 : 2,
    dashArray: '4 3',
    opacity: 1,
    fillColor: KIND_COLORS[kind],
    fillOpacity: 0.25,
  };
}
