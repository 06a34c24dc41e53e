// The map with 10,000 initiatives (scripts/bench-initiatives.ts): map_initiatives() on PGlite, the supercluster
// index and view queries, clustering + first render of the city view on an open map in Chromium (budget 100 ms), and
// frame times while dragging it.
import { benchInitiativeMap, RUNS } from '../bench-initiatives';
import { note, record, section } from './report';

export async function measureInitiativesMap(): Promise<void> {
  section('Map with 10,000 initiatives');
  const f = await benchInitiativeMap();
  const n = `${f.initiatives} initiatives`;
  record({
    name: `map_initiatives() on PGlite, ${n}`,
    value: f.sql_map_initiatives_ms,
    unit: 'ms',
    note: `${f.payload_kb} KB JSON`,
  });
  record({ name: 'supercluster index of 10,000 initiatives', value: f.cluster_index_ms, unit: 'ms' });
  record({
    name: 'clusters in view, city zoom 12',
    value: f.cluster_query_city_ms,
    unit: 'ms',
    note: `${f.items_city} markers`,
  });
  record({ name: 'clusters in view, street zoom 16', value: f.cluster_query_street_ms, unit: 'ms' });
  if (f.browser_cluster_and_first_render_ms === null)
    note('clustering + first render in Chromium', 'not measured: no Chromium');
  else
    record({
      name: 'clustering + first render of 10,000 initiatives (Chromium)',
      value: f.browser_cluster_and_first_render_ms,
      unit: 'ms',
      budget: 100,
      note: `median of ${RUNS}, on the open map`,
    });
  if (f.browser_new_map_ms !== null)
    record({
      name: 'a new empty Leaflet map to its first paint (before that, informational)',
      value: f.browser_new_map_ms,
      unit: 'ms',
    });
  if (!f.pan_frames) note('frame times while dragging the map', 'not measured: no Chromium');
  else {
    const p = f.pan_frames;
    record({
      name: 'frame time while dragging the map, median (Chromium)',
      value: p.median_ms,
      unit: 'ms',
      budget: 16.7,
      note: `${p.frames} frames, 4 drags at zoom 14; 60 frames per second`,
    });
    record({ name: 'frame time while dragging the map, 95th percentile', value: p.p95_ms, unit: 'ms', budget: 33.4 });
    record({
      name: 'longest frame (re-clustering at a drag end)',
      value: p.longest_ms,
      unit: 'ms',
      note: 'informational',
    });
  }
}
