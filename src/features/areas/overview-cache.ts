// The map's areas as last seen, shown at once on the next visit while the fresh answer is on its way (embedded mode:
// PGlite opening its database from IndexedDB takes seconds); the query replaces them as soon as it is there.
import type { MapOverview } from './model';

// a new key when the shape of MapOverview changes, so an older copy is never read as the new shape
const KEY = 'agendakaart.kaart.v1';

export function lastOverview(): MapOverview | undefined {
  try {
    const raw = globalThis.localStorage?.getItem(KEY);
    const overview = raw ? (JSON.parse(raw) as MapOverview) : undefined;
    return Array.isArray(overview?.areas) ? overview : undefined;
  } catch {
    return undefined;
  }
}

export function keepOverview(overview: MapOverview): void {
  try {
    globalThis.localStorage?.setItem(KEY, JSON.stringify(overview));
  } catch {
    // storage full or blocked: the next visit simply waits for the answer
  }
}
