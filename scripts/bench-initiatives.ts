// Benchmark of the initiative map with 10,000 initiatives: `npx tsx scripts/bench-initiatives.ts` (or call
// benchInitiativeMap() from the bench runner). It times, on the real parts:
//   sql     map_initiatives() as a visitor on PGlite with the migrations + seed + 10,000 rows (what the map loads)
//   cluster building the supercluster index of the app (model.ts) and querying the view at city and street zoom
//   render  in Chromium: on an open Leaflet map of the city, supercluster + the app's divIcon markers to the first paint
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
export const RUNS = 9;

export type InitiativeBenchFigures = {
  initiatives: number;
  sql_map_initiatives_ms: number;
  payload_kb: number;
  cluster_index_ms: number;
  cluster_query_city_ms: number;
  cluster_query_street_ms: number;
  items_city: number;
  /** from the initiatives' data to the first paint on the map that is already open (as in the app) */
  browser_cluster_and_first_render_ms: number | null;
  /** informational: a new empty Leaflet map to its first paint (the app's map is up before the initiatives) */
  browser_new_map_ms: number | null;
  /** frame intervals while dragging the city view with the mouse, re-clustering at every drag end as the app does */
  pan_frames: PanFrames | null;
  measured_at: string;
};

export type PanFrames = { frames: number; median_ms: number; p95_ms: number; longest_ms: number };

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

type BrowserFigures = { renderMs: number; mapMs: number; pan: PanFrames };

/** Leaflet and supercluster from node_modules in a blank page, drawing as the app's InitiativeLayer does: the median
 *  ms from data to first paint on an open map, and the frame intervals while the city view is dragged. */
async function inBrowser(markers: InitiativeMarker[]): Promise<BrowserFigures | null> {
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
    await page.addScriptTag({ content: readFileSync(dep('supercluster/dist/supercluster.min.js'), 'utf8') });
    // tsx may wrap named functions in __name(); the page has no such helper
    await page.addScriptTag({
      content: `window.__name = (f) => f; window.createCityMap = ${createCityMap.toString()};
        window.drawInitiatives = ${drawInitiatives.toString()};`,
    });
    const times: number[] = [];
    const mapTimes: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const [mapMs, renderMs] = await page.evaluate(
        ({ data, city }) =>
          new Promise<[number, number]>((resolve) => {
            const w = window as unknown as {
              createCityMap: typeof createCityMap;
              drawInitiatives: typeof drawInitiatives;
            };
            const afterPaint = (then: () => void) => requestAnimationFrame(() => requestAnimationFrame(then));
            // the app's map is up (with its areas) before the initiatives arrive: only what follows is timed
            const t0 = performance.now();
            const map = w.createCityMap(city.bbox);
            afterPaint(() => {
              const t1 = performance.now();
              w.drawInitiatives(map, data);
              afterPaint(() => (resolve([t1 - t0, performance.now() - t1]), map.remove()));
            });
          }),
        { data: markers, city: CITY },
      );
      mapTimes.push(mapMs);
      times.push(renderMs);
    }
    return { renderMs: median(times), mapMs: median(mapTimes), pan: await panFrames(page, markers) };
  } finally {
    await browser.close();
  }
}

/** A Leaflet map of the city view in #map, in place of the one before. Runs in the page. */
function createCityMap(bbox: BBox) {
  const w = window as unknown as { L: typeof import('leaflet') };
  const el = document.getElementById('map')!;
  el.replaceChildren();
  const fresh = document.createElement('div');
  fresh.style.cssText = 'width:1280px;height:800px';
  el.appendChild(fresh);
  return w.L.map(fresh, { zoomControl: false }).fitBounds([
    [bbox[1], bbox[0]],
    [bbox[3], bbox[2]],
  ]);
}

/** Clusters the initiatives and draws those in view on `map`; re-clusters at every moveend, like InitiativeLayer.
 *  Runs in the page. */
function drawInitiatives(map: import('leaflet').Map, data: InitiativeMarker[]) {
  const w = window as unknown as { L: typeof import('leaflet'); Supercluster: typeof import('supercluster').default };
  const index = new w.Supercluster({ radius: 60, maxZoom: 17, minPoints: 3 }).load(
    data.map((m) => ({
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: [m.lng, m.lat] },
      properties: { id: m.id },
    })),
  );
  const layer = w.L.layerGroup().addTo(map);
  const draw = () => {
    layer.clearLayers();
    const b = map.getBounds().pad(0.2);
    for (const f of index.getClusters([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], map.getZoom())) {
      const [lng, lat] = f.geometry.coordinates as [number, number];
      const count = (f.properties as { point_count?: number }).point_count;
      w.L.marker([lat, lng], {
        icon: w.L.divIcon({
          className: count ? 'initiative-cluster' : 'initiative-pin',
          html: count ? `<span>${count}</span>` : '',
          iconSize: count ? [36, 36] : [22, 22],
        }),
      }).addTo(layer);
    }
  };
  draw();
  map.on('moveend', draw);
}

/** Four mouse drags of 400 px over the city view at zoom 14 (where most markers are single pins), recording every
 *  frame interval with requestAnimationFrame; the re-clustering at each drag end falls inside one of them. */
async function panFrames(page: import('playwright-core').Page, markers: InitiativeMarker[]): Promise<PanFrames> {
  await page.evaluate(
    ({ data, city }) => {
      const w = window as unknown as {
        createCityMap: typeof createCityMap;
        drawInitiatives: typeof drawInitiatives;
        frames: number[];
        on: boolean;
      };
      const map = w.createCityMap(city.bbox);
      w.drawInitiatives(map, data);
      map.setZoom(14, { animate: false });
      w.frames = [];
      w.on = true;
      let last = performance.now();
      const tick = (now: number) => {
        w.frames.push(now - last);
        last = now;
        if (w.on) requestAnimationFrame(tick);
      };
      requestAnimationFrame((now) => ((last = now), requestAnimationFrame(tick)));
    },
    { data: markers, city: CITY },
  );
  const drags: [number, number][] = [
    [400, 0],
    [0, 300],
    [-400, 0],
    [0, -300],
  ];
  for (const [dx, dy] of drags) {
    await page.mouse.move(640, 400);
    await page.mouse.down();
    await page.mouse.move(640 + dx, 400 + dy, { steps: 40 });
    await page.mouse.up();
    await page.waitForTimeout(100);
  }
  const frames = await page.evaluate(() => {
    const w = window as unknown as { frames: number[]; on: boolean };
    w.on = false;
    return w.frames;
  });
  const sorted = [...frames].sort((a, b) => a - b);
  return {
    frames: frames.length,
    median_ms: round(median(frames)),
    p95_ms: round(sorted[Math.floor(sorted.length * 0.95)] ?? 0),
    longest_ms: round(sorted.at(-1) ?? 0),
  };
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
  const browser = await inBrowser(markers);
  const figures: InitiativeBenchFigures = {
    initiatives: markers.length,
    sql_map_initiatives_ms: round(sqlMs),
    payload_kb: round(Buffer.byteLength(JSON.stringify(markers)) / 1024),
    cluster_index_ms: round(median(indexTimes)),
    cluster_query_city_ms: round(median(cityTimes)),
    cluster_query_street_ms: round(median(streetTimes)),
    items_city: itemsCity,
    browser_cluster_and_first_render_ms: browser ? round(browser.renderMs) : null,
    browser_new_map_ms: browser ? round(browser.mapMs) : null,
    pan_frames: browser?.pan ?? null,
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
    `  Chromium: clusteren + eerste render ${f.browser_cluster_and_first_render_ms ?? 'n.v.t. (geen Chromium)'} ms` +
      ` (op de open kaart; een nieuwe lege kaart zelf ${f.browser_new_map_ms ?? '–'} ms)`,
  );
  if (f.pan_frames) {
    const p = f.pan_frames;
    console.log(
      `  Chromium: slepen, frames            mediaan ${p.median_ms} ms, p95 ${p.p95_ms} ms, langste ${p.longest_ms} ms`,
    );
  }
  console.log(`  → ${join(OUT_DIR, 'initiatives.json')}`);
}
