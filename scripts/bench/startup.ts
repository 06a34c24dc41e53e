// Embedded mode: time to the map with its 8 areas, and until the map and an area page work with data from PGlite,
// on a first visit (empty browser storage) and a later one (database in IndexedDB).
import type { Browser, Page } from 'playwright-core';
import { freshContext, MARKS_SCRIPT } from './browser';
import { median, record, section } from './report';

const RUNS = 3;
type Marks = { map?: number; area?: number };

const marks = (page: Page) => page.evaluate(() => (window as unknown as { __marks: Marks }).__marks);

async function mapVisit(page: Page, url: string): Promise<{ map: number; interactive: number }> {
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __marks: Marks }).__marks.map !== undefined, null, {
    timeout: 60_000,
  });
  // as soon as the areas are there, open one from the map with the keyboard: done when its page shows (PGlite data)
  await page.locator('.leaflet-container svg path[aria-label="Gebied Noord"]').press('Enter');
  await page.waitForFunction(() => (window as unknown as { __marks: Marks }).__marks.area !== undefined, null, {
    timeout: 60_000,
  });
  const m = await marks(page);
  return { map: m.map!, interactive: m.area! };
}

async function areaVisit(page: Page, url: string): Promise<number> {
  await page.goto(`${url}/gebied/noord`);
  await page.waitForFunction(() => (window as unknown as { __marks: Marks }).__marks.area !== undefined, null, {
    timeout: 60_000,
  });
  return (await marks(page)).area!;
}

export async function measureStartup(browser: Browser, url: string): Promise<void> {
  section('Embedded mode (PGlite in the browser): start-up');
  const results = {
    mapCold: [] as number[],
    mapWarm: [] as number[],
    interCold: [] as number[],
    interWarm: [] as number[],
    areaCold: [] as number[],
    areaWarm: [] as number[],
  };
  for (let run = 0; run < RUNS; run++) {
    const context = await freshContext(browser);
    await context.addInitScript(MARKS_SCRIPT);
    const cold = await mapVisit(await context.newPage(), url);
    results.mapCold.push(cold.map);
    results.interCold.push(cold.interactive);
    // let the first store to IndexedDB finish, as it would while the visitor reads
    await new Promise((r) => setTimeout(r, 3000));
    for (const p of context.pages()) await p.close();
    const warm = await mapVisit(await context.newPage(), url);
    results.mapWarm.push(warm.map);
    results.interWarm.push(warm.interactive);
    for (const p of context.pages()) await p.close();
    results.areaWarm.push(await areaVisit(await context.newPage(), url));
    await context.close();

    const areaContext = await freshContext(browser);
    await areaContext.addInitScript(MARKS_SCRIPT);
    results.areaCold.push(await areaVisit(await areaContext.newPage(), url));
    await areaContext.close();
  }
  const note = `median of ${RUNS}`;
  record({ name: 'map with 8 areas visible, cold', value: median(results.mapCold), unit: 'ms', budget: 1500, note });
  record({ name: 'map with 8 areas visible, warm', value: median(results.mapWarm), unit: 'ms', note });
  record({
    name: 'map interactive with data (area opened from the map), cold',
    value: median(results.interCold),
    unit: 'ms',
    note,
  });
  record({
    name: 'map interactive with data (area opened from the map), warm',
    value: median(results.interWarm),
    unit: 'ms',
    note,
  });
  record({ name: 'area page interactive with data, cold', value: median(results.areaCold), unit: 'ms', note });
  record({ name: 'area page interactive with data, warm', value: median(results.areaWarm), unit: 'ms', note });
}
