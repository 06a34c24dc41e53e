// Benchmark of the initiative map with 10,000 initiatives: `npx tsx scripts/bench-initiatives.ts` (or call
// benchInitiativeMap() from the bench runner). It times, on the real parts:
//   sql     map_initiatives() as a visitor on PGlite with the migrations + seed + 10,000 rows (what the map loads)
//   cluster building the supercluster index of the app (model.ts) and querying the view at city and street zoom
//   render  in Chromium: Leaflet + supercluster draw the city view (the app's divIcon markers) to the first paint
// Figures go to /tmp/agendakaart-bench/initiatives.json and stdout.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { buildClusterIndex, clustersIn, type InitiativeMarker } from '../src/features/initiatives/model';
import type { BBox } from '../src/lib/geo/types';
import { createTestDb } from '../tests/utils/test-db';
import { benchInitiatives, benchInitiativesSql, tilburgDistricts } from './bench-data/initiatives';

const root = join(import.meta.dirname, '..');
const OUT_DIR = '/tmp/agendakaart-bench';
const CITY: { bbox: BBox; zoom: number } = { bbox: [4.95, 51.5, 5.2, 51.64], zoom: 12 };
const STREET: { bbox: BBox; zoom: number } = { bbox: [5.07, 51.57, 5.1, 51.59], zoom: 16 };
const RUNS = 5;

export type InitiativeBenchFigures = {
  initiatives: number;
  sql_map_initiatives_ms: number;
  payload_kb: number;
  cluster_index_ms: number;
  cluster_query_city_ms: number;
  cluster_query_street_ms: number;
  items_city: number;
  browser_cluster_and_first_render_ms: number | null;
  measured_at: string;
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number) => Math.round(x * 10) / 10;

function timed<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const r = fn();
  return [r, performance.now() - t0];
}

async function loadMarkers(): Promise<{ markers: InitiativeMarker[]; sqlMs: number }> {
  const db = await createTestDb();
  try {
    const { sql, params } = benchInitiativesSql(benchInitiatives(tilburgDistricts(root)));
    await db.query(sql, params);
    const sqlTimes: number[] = [];
    let markers: InitiativeMarker[] = [];
    for (let i = 0; i < RUNS; i++) {
      await db.transaction(async (tx) => {
        await tx.query(
          `select set_config('role', 'anon', true), set_config('request.jwt.claims', '{"role":"anon"}', true)`,
        );
        const t0 = performance.now();
        const r = await tx.query<{ m: InitiativeMarker[] }>('select public.map_initiatives() as m');
        sqlTimes.push(performance.now() - t0);
        markers = r.rows[0]!.m;
      });
    }
    return { markers, sqlMs: median(sqlTimes) };
  } finally {
    await db.close();
  }
}

/** Leaflet and supercluster from node_modules in a blank page; returns the median ms from data to first paint. */
async function browserRender(markers: InitiativeMarker[]): Promise<number | null> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const browser = await chromium
    .launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] })
    .catch(() => null);
  if (!browser) return null;
  try {
    const dep = (path: string) => join(root, 'node_modules', path);
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.setContent('<div id="map" style="width:1280px;height:800px"></div>');
    await page.addStyleTag({ path: dep('leaflet/dist/leaflet.css') });
    await page.addScriptTag({ path: dep('leaflet/dist/leaflet.js') });
    await page.addScriptTag({
      content: readFileSync(dep('supercluster/dist/supercluster.min.js'), 'utf8'),
    });
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      times.push(
        await page.evaluate(
          ({ data, city }) =>
            new Promise<number>((resolve) => {
              const w = window as unknown as {
                L: typeof import('leaflet');
                Supercluster: typeof import('supercluster').default;
              };
              const el = document.getElementById('map')!;
              el.replaceChildren();
              const fresh = document.createElement('div');
              fresh.style.cssText = 'width:1280px;height:800px';
              el.appendChild(fresh);
              const t0 = performance.now();
              const map = w.L.map(fresh, { zoomControl: false }).fitBounds([
                [city.bbox[1], city.bbox[0]],
                [city.bbox[3], city.bbox[2]],
              ]);
              const index = new w.Supercluster({ radius: 60, maxZoom: 17, minPoints: 3 }).load(
                data.map((m) => ({
                  type: 'Feature' as const,
                  geometry: { type: 'Point' as const, coordinates: [m.lng, m.lat] },
                  properties: { id: m.id },
                })),
              );
              const b = map.getBounds().pad(0.2);
              for (const f of index.getClusters(
                [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()],
                map.getZoom(),
              )) {
                const [lng, lat] = f.geometry.coordinates as [number, number];
                const count = (f.properties as { point_count?: number }).point_count;
                w.L.marker([lat, lng], {
                  icon: w.L.divIcon({
                    className: count ? 'initiative-cluster' : 'initiative-pin',
                    html: count ? `<span>${count}</span>` : '',
                    iconSize: count ? [36, 36] : [22, 22],
                  }),
                }).addTo(map);
              }
              requestAnimationFrame(() => requestAnimationFrame(() => (resolve(performance.now() - t0), map.remove())));
            }),
          { data: markers, city: CITY },
        ),
      );
    }
    return median(times);
  } finally {
    await browser.close();
  }
}

export async function benchInitiativeMap(): Promise<InitiativeBenchFigures> {
  const { markers, sqlMs } = await loadMarkers();
  const indexTimes: number[] = [];
  const cityTimes: number[] = [];
  const streetTimes: number[] = [];
  let itemsCity = 0;
  for (let i = 0; i < RUNS; i++) {
    const [index, ms] = timed(() => buildClusterIndex(markers));
    indexTimes.push(ms);
    const [city, cityMs] = timed(() => clustersIn(index, CITY.bbox, CITY.zoom));
    cityTimes.push(cityMs);
    streetTimes.push(timed(() => clustersIn(index, STREET.bbox, STREET.zoom))[1]);
    itemsCity = city.length;
  }
  const renderMs = await browserRender(markers);
  const figures: InitiativeBenchFigures = {
    initiatives: markers.length,
    sql_map_initiatives_ms: round(sqlMs),
    payload_kb: round(Buffer.byteLength(JSON.stringify(markers)) / 1024),
    cluster_index_ms: round(median(indexTimes)),
    cluster_query_city_ms: round(median(cityTimes)),
    cluster_query_street_ms: round(median(streetTimes)),
    items_city: itemsCity,
    browser_cluster_and_first_render_ms: renderMs === null ? null : round(renderMs),
    measured_at: new Date().toISOString(),
  };
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(join(OUT_DIR, 'initiatives.json'), JSON.stringify(figures, null, 2) + '\n');
  return figures;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const f = await benchInitiativeMap();
  console.log(`initiatieven op de kaart (${f.initiatives}, mediaan van ${RUNS}):`);
  console.log(`  map_initiatives() in PGlite        ${f.sql_map_initiatives_ms} ms (${f.payload_kb} kB JSON)`);
  console.log(`  clusterindex bouwen (supercluster) ${f.cluster_index_ms} ms`);
  console.log(`  clusters in beeld, stad (z12)      ${f.cluster_query_city_ms} ms → ${f.items_city} markers`);
  console.log(`  clusters in beeld, straat (z16)    ${f.cluster_query_street_ms} ms`);
  console.log(
    `  Chromium: clusteren + eerste render ${f.browser_cluster_and_first_render_ms ?? 'n.v.t. (geen Chromium)'} ms`,
  );
  console.log(`  → ${join(OUT_DIR, 'initiatives.json')}`);
}
