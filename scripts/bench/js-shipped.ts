// Supabase mode: the JavaScript a visitor downloads before the map shows its 8 areas, gzipped (budget 200 KB), and
// no PGlite in it or in the build. The Supabase project is stubbed in the browser with the prebuilt map_overview.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { freshContext, MARKS_SCRIPT } from './browser';
import { FAKE_SUPABASE_URL, outDir } from './build';
import { note, record, section } from './report';

const EMBEDDED_ONLY = /pglite|worker-|start-|sql-bundle|initdb|\.wasm$|\.data$|agendakaart-db/;

export async function measureJsShipped(browser: Browser, url: string): Promise<void> {
  section('Supabase mode: JavaScript before the map shows');
  const embeddedAssets = readdirSync(join(outDir('embedded'), 'assets'));
  const overviewFile = embeddedAssets.find((f) => /^visitor-[0-9a-f]+-map_overview\.json$/.test(f))!;
  const overview = readFileSync(join(outDir('embedded'), 'assets', overviewFile), 'utf8');

  const context = await freshContext(browser);
  await context.route(`${FAKE_SUPABASE_URL}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    const body = path.endsWith('/rpc/map_overview') ? overview : 'null';
    return route.fulfill({ status: 200, contentType: 'application/json', body });
  });
  await context.addInitScript(MARKS_SCRIPT);
  const page = await context.newPage();
  const scripts: { url: string; gzip: number; at: number }[] = [];
  page.on('response', async (response) => {
    const type = response.request().resourceType();
    if (type !== 'script' && !/\.m?js$/.test(response.url())) return;
    const body = await response.body().catch(() => Buffer.alloc(0));
    scripts.push({ url: response.url(), gzip: gzipSync(body).length, at: Date.now() });
  });
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __marks: { map?: number } }).__marks.map !== undefined);
  const shownAt = Date.now();
  await page.waitForTimeout(300); // responses still being read
  const before = scripts.filter((s) => s.at <= shownAt);
  const kb = before.reduce((sum, s) => sum + s.gzip, 0) / 1024;
  record({ name: `JS before the map shows, gzipped (${before.length} files)`, value: kb, unit: 'KB', budget: 200 });
  const largest = [...before].sort((a, b) => b.gzip - a.gzip).slice(0, 6);
  note(
    '  largest',
    largest.map((s) => `${new URL(s.url).pathname.split('/').pop()} ${(s.gzip / 1024).toFixed(1)}`).join(', '),
  );
  const pgliteLoaded = scripts.filter((s) => EMBEDDED_ONLY.test(s.url));
  const pgliteBuilt = readdirSync(join(outDir('supabase'), 'assets')).filter((f) => EMBEDDED_ONLY.test(f));
  record({ name: 'PGlite/embedded files loaded in Supabase mode', value: pgliteLoaded.length, unit: '', budget: 0 });
  record({ name: 'PGlite/embedded files in the Supabase build', value: pgliteBuilt.length, unit: '', budget: 0 });
  if (pgliteBuilt.length) note('  offending files', pgliteBuilt.join(', '));
  await context.close();
}
