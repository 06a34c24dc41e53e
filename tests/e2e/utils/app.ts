// What the journeys know about the app: seeded data and where things are on screen, found the way a user
// (or assistive technology) finds them — by role, accessible name and label, never by CSS class.
// Keep this the one place to update when the markup changes.
import type { Locator, Page } from 'playwright-core';
import { expect, inject } from 'vitest';
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

/** Places on the map (agenda items, goals, actions): SVG paths named "<soort>: <titel> (<status>)". Not the areas
 *  ("Gebied …") nor the wijken of the open area ("Wijk …", "Dorp …"). */
export function placeMarkers(page: Page): Locator {
  return mapRegion(page).locator(
    'svg path[aria-label]:not([aria-label^="Gebied "]):not([aria-label^="Wijk "]):not([aria-label^="Dorp "])',
  );
}

/** While proposing an initiative the places are only drawn (a tap goes through them to the map): the small SVG
 *  paths that take no taps (not the areas, whose outlines are large). */
export function drawnPlaces(page: Page): Locator {
  return mapRegion(page).locator('svg path:not(.leaflet-interactive):not([aria-label])');
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
  try {
    await expect
      .poll(
        async () => {
          text = await mainHeading(page)
            .innerText()
            .catch(() => '');
          return areaOfText(text)?.slug;
        },
        { timeout: 15_000 },
      )
      .toBe(area.slug);
  } catch (e) {
    throw new Error(
      `De paginakop (h1) noemt niet het gebied "${area.name}" maar: ${JSON.stringify(text)} (${page.url()})`,
      { cause: e },
    );
  }
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

/** Opens a route with a full page load, as typing the address or following a link from outside does, and waits
 *  until the app has rendered its page heading (the embedded backend boots first). */
export async function openRoute(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await waitForApp(page);
}

/** Whether this page already runs the app (it has loaded one of its routes), so it can move on without a reload. */
export async function appIsOpen(page: Page): Promise<boolean> {
  if (page.isClosed() || !page.url().startsWith(inject('baseURL'))) return false;
  return (await header(page).count()) > 0;
}

/** Goes to `path` inside the app, as a click on a link in the app does: no page load, so the local database stays
 *  open (a full load reopens it, seconds on a slow machine). Opens the route with a page load when the app is not
 *  open in this page yet. Waits until the page heading is the new page's. */
export async function navigateInApp(page: Page, path: string): Promise<void> {
  if (!(await appIsOpen(page))) return openRoute(page, path);
  const from = new URL(page.url());
  const target = new URL(path, from);
  // on another page the old heading goes (or changes) before the new page is there; with only other filters in the
  // address (same path) it stays
  const heading =
    target.pathname === from.pathname
      ? null
      : await mainHeading(page)
          .elementHandle({ timeout: 1_000 })
          .catch(() => null);
  const headingText = heading ? await heading.innerText().catch(() => null) : null;
  // what the app's <Link> does: push the address and let the router (which listens to popstate) render it
  await page.evaluate(
    (to) => {
      // the entry React Router itself would push: its own key and the next index
      const idx = ((history.state as { idx?: number } | null)?.idx ?? 0) + 1;
      history.pushState({ usr: null, key: Math.random().toString(36).slice(2, 10), idx }, '', to);
      dispatchEvent(new PopStateEvent('popstate', { state: history.state as unknown }));
    },
    target.pathname + target.search + target.hash,
  );
  if (heading) {
    try {
      await page.waitForFunction(
        ([el, text]) => !(el as HTMLElement).isConnected || (el as HTMLElement).innerText !== text,
        [heading, headingText] as const,
        { timeout: APP_READY_TIMEOUT },
      );
    } catch (e) {
      // what the app says meanwhile (a route waits for its data: "de lokale database wordt geopend…")
      const said = await page
        .getByRole('status')
        .or(page.getByRole('alert'))
        .allInnerTexts()
        .catch(() => []);
      throw new Error(
        `Na navigeren naar ${path} staat de kop van ${from.pathname} er nog: ${JSON.stringify(headingText)}` +
          (said.some((t) => t.trim()) ? `. De app meldt: ${said.filter((t) => t.trim()).join(' | ')}` : ''),
        { cause: e },
      );
    } finally {
      await heading.dispose();
    }
  }
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
  try {
    await shapes.nth(count - 1).waitFor({ state: 'attached', timeout: APP_READY_TIMEOUT });
  } catch (e) {
    const n = await shapes.count();
    const mapFound = (await mapRegion(page).count()) > 0;
    throw new Error(
      mapFound
        ? `De kaart tekende ${n} gebiedsvlakken met een toegankelijke naam (svg path[aria-label]), verwacht ${count}.`
        : 'Geen kaart gevonden: verwacht een element met role="region" en een naam met "kaart" (aria-label).',
      { cause: e },
    );
  }
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
