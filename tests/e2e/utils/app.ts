// What the journeys know about the app: seeded data and where things are on screen, found the way a user
// (or assistive technology) finds them — by role, accessible name and label, never by CSS class.
// Keep this the one place to update when the markup changes.
import type { Locator, Page } from 'playwright-core';
import { APP_READY_TIMEOUT } from './context';

/** The 8 areas of supabase/seed.sql, in sort_order. */
export const AREAS = [
  { slug: 'binnenstad', name: 'Binnenstad' },
  { slug: 'noord', name: 'Noord' },
  { slug: 'oud-noord', name: 'Oud-Noord' },
  { slug: 'west', name: 'West' },
  { slug: 'oud-zuid', name: 'Oud-Zuid West' },
  { slug: 'zuid-oost', name: 'Zuid-Oost' },
  { slug: 'reeshof', name: 'Reeshof' },
  { slug: 'dorpen', name: 'Dorpen' },
] as const;

export type Area = (typeof AREAS)[number];

export function areaBySlug(slug: string): Area {
  const area = AREAS.find((a) => a.slug === slug);
  if (!area) throw new Error(`onbekend gebied in test: ${slug}`);
  return area;
}

export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The name as a whole word group inside a longer text: "Noord, 6 wijken" but not "Oud-Noord, 5 wijken". */
export const nameWithin = (name: string): RegExp => new RegExp(`(^|\\s)${escapeRegExp(name)}($|[\\s,.:;(])`);

/** The map: the Leaflet container, which the app labels as a region ("Kaart …"). */
export function mapRegion(page: Page): Locator {
  return page.getByRole('region', { name: /kaart/i });
}

/** Area shapes drawn by Leaflet: SVG paths whose accessible name (aria-label) starts with "Gebied ". */
export function areaShapes(page: Page): Locator {
  return mapRegion(page).locator('svg path[aria-label^="Gebied "]');
}

/** Places on the map (agenda items, goals, actions): SVG paths named "<soort>: <titel> (<status>)". */
export function placeMarkers(page: Page): Locator {
  return mapRegion(page).locator('svg path[aria-label]:not([aria-label^="Gebied "])');
}

/** The list form of the places on the map, with its filters (a region named after its heading). */
export function placesPanel(page: Page): Locator {
  return page.getByRole('region', { name: 'Plekken op de kaart' });
}

/** Which area a label or heading names: the longest matching area name wins ("Gebied Oud-Zuid West" is not West). */
export function areaOfText(text: string): Area | undefined {
  return AREAS.filter((a) => nameWithin(a.name).test(text)).sort((a, b) => b.name.length - a.name.length)[0];
}

export async function areaShapeLabels(page: Page): Promise<string[]> {
  return areaShapes(page).evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
}

export async function areaShape(page: Page, area: Area): Promise<Locator> {
  const labels = await areaShapeLabels(page);
  const index = labels.findIndex((l) => areaOfText(l)?.slug === area.slug);
  if (index < 0) throw new Error(`Geen gebiedsvlak voor "${area.name}" op de kaart (gevonden: ${labels.join(', ')})`);
  return areaShapes(page).nth(index);
}

/** Waits until the page heading names this area. */
export async function expectAreaHeading(page: Page, area: Area): Promise<void> {
  let text = '';
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    text = await mainHeading(page)
      .innerText()
      .catch(() => '');
    if (areaOfText(text)?.slug === area.slug) return;
    await page.waitForTimeout(200);
  }
  throw new Error(
    `De paginakop (h1) noemt niet het gebied "${area.name}" maar: ${JSON.stringify(text)} (${page.url()})`,
  );
}

/** The list alternative to the map (WCAG): a navigation landmark named after its heading ("… gebieden"),
 *  with one link per area to /gebied/<slug>. */
export function areaList(page: Page): Locator {
  return page.getByRole('navigation', { name: /gebieden/i });
}

export function areaLinks(page: Page): Locator {
  return areaList(page).getByRole('link');
}

/** The links inside `scope` by accessible name (as a screen reader announces them) and path, read from the
 *  accessibility tree (`ariaSnapshot`), not from textContent. */
export async function linksByName(scope: Locator): Promise<{ name: string; path: string }[]> {
  const snapshot = await scope.ariaSnapshot();
  const links: { name: string; path: string }[] = [];
  const lines = snapshot.split('\n');
  lines.forEach((line, i) => {
    const link = /^\s*- link "((?:[^"\\]|\\.)*)"/.exec(line);
    const url = /^\s*- \/url: (.*)$/.exec(lines[i + 1] ?? '');
    if (link && url)
      links.push({ name: JSON.parse(`"${link[1]}"`) as string, path: new URL(url[1]!.trim(), 'http://x').pathname });
  });
  return links;
}

export function mainHeading(page: Page): Locator {
  return page.getByRole('heading', { level: 1 }).first();
}

export function header(page: Page): Locator {
  return page.getByRole('banner');
}

/** Opens a route and waits until the app has rendered its page heading (the embedded backend boots first). */
export async function openRoute(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await waitForApp(page);
}

export async function waitForApp(page: Page): Promise<void> {
  try {
    await mainHeading(page).waitFor({ state: 'visible', timeout: APP_READY_TIMEOUT });
  } catch (e) {
    const body = (
      await page
        .locator('body')
        .innerText()
        .catch(() => '')
    ).slice(0, 500);
    throw new Error(
      `De app toonde binnen ${APP_READY_TIMEOUT / 1000} s geen <h1> op ${page.url()}. Zichtbare tekst: ${JSON.stringify(body)}`,
      { cause: e },
    );
  }
}

/** Waits until the map has drawn its area shapes (needs the map_overview RPC to answer). */
export async function waitForAreaShapes(page: Page, count = AREAS.length): Promise<void> {
  const shapes = areaShapes(page);
  const deadline = Date.now() + APP_READY_TIMEOUT;
  let n = 0;
  while (Date.now() < deadline) {
    n = await shapes.count();
    if (n >= count) return;
    await page.waitForTimeout(250);
  }
  const mapFound = (await mapRegion(page).count()) > 0;
  throw new Error(
    mapFound
      ? `De kaart tekende ${n} gebiedsvlakken met een toegankelijke naam (svg path[aria-label]), verwacht ${count}.`
      : 'Geen kaart gevonden: verwacht een element met role="region" en een naam met "kaart" (aria-label).',
  );
}

/** A point inside the shape that is really on top there (irregular and multi-part shapes have no usable centre). */
export async function pointInside(shape: Locator): Promise<{ x: number; y: number }> {
  const point = await shape.evaluate((el) => {
    const path = el as SVGPathElement;
    const svg = path.ownerSVGElement;
    const box = path.getBoundingClientRect();
    const ctm = path.getScreenCTM();
    if (!svg || !ctm) return null;
    const inverse = ctm.inverse();
    const steps = 24;
    for (let i = 1; i < steps; i++) {
      for (let j = 1; j < steps; j++) {
        const x = box.left + (i * box.width) / steps;
        const y = box.top + (j * box.height) / steps;
        if (x < 0 || y < 0 || x > window.innerWidth || y > window.innerHeight) continue;
        const local = new DOMPoint(x, y).matrixTransform(inverse);
        if (path.isPointInFill(local) && document.elementFromPoint(x, y) === path) return { x, y };
      }
    }
    return null;
  });
  if (!point) throw new Error('Geen klikbaar punt binnen dit gebiedsvlak gevonden (buiten beeld of afgedekt?)');
  return point;
}
