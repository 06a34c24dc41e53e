// Journeys on the places (agenda items, goals and actions with a place): the same filters select the same places on
// the map and in the list, the filters live in the URL, a place is reachable by keyboard, and the GeoJSON download
// holds what the database has.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe } from 'vitest';
import type { PGlite } from '@electric-sql/pglite';
import { createTestDb } from '../utils/test-db';
import { navigateInApp, openRoute, placeMarkers, placesPanel, waitForAreaShapes } from './utils/app';
import { expect, screenshot, test } from './utils/test';

// The expected places come from map_entries on the same migrations and seed (PGlite in Node, as a visitor).
let db: PGlite;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => {
  await db?.close();
});
type Entry = { properties: { title: string; kind: string; status: string; area: { slug: string } } };
async function expectedTitles(args = ''): Promise<string[]> {
  const r = await db.transaction(async (tx) => {
    await tx.exec('set local role anon');
    return (await tx.query<{ r: { features: Entry[] } }>(`select public.map_entries(${args}) as r`)).rows[0]!.r;
  });
  return r.features.map((f) => f.properties.title).sort();
}

/** The titles in the list beside the map (each list item starts with its title). */
async function listTitles(page: Page): Promise<string[]> {
  const items = placesPanel(page).getByRole('list').getByRole('listitem');
  return (await items.evaluateAll((els) => els.map((el) => el.querySelector('p')?.textContent ?? ''))).sort();
}

/** The titles of the places drawn on the map, from their accessible names "<soort>: <titel> (<status>)". */
async function mapTitles(page: Page): Promise<string[]> {
  const labels = await placeMarkers(page).evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
  return labels.map((l) => l.replace(/^[^:]+: /, '').replace(/ \([^)]*\)$/, '')).sort();
}

async function expectMapAndList(page: Page, expected: string[], what: string): Promise<void> {
  // the map's areas come from the build; the places wait for the database to start
  await expect.poll(() => listTitles(page), { message: `lijst: ${what}`, timeout: 30_000 }).toEqual(expected);
  await expect.poll(() => mapTitles(page), { message: `kaart: ${what}`, timeout: 30_000 }).toEqual(expected);
  expect(await placesPanel(page).getByRole('status').innerText()).toBe(
    `${expected.length} ${expected.length === 1 ? 'plek' : 'plekken'}`,
  );
}

describe('plekken op de kaart en in de lijst', () => {
  // a visitor only looks: the tests share one tab (visitorPage) and move on inside the app
  test('soort, thema en status filteren kaart en lijst gelijk, en staan in de URL', async ({ visitorPage: page }) => {
    await navigateInApp(page, '/');
    await waitForAreaShapes(page);
    const panel = placesPanel(page);
    await expectMapAndList(page, await expectedTitles(), 'alle plekken');

    await panel.getByLabel('Soort').selectOption({ label: 'Acties' });
    await page.waitForURL(/[?&]soort=plan_action/);
    await expectMapAndList(page, await expectedTitles(`p_kinds => array['plan_action']`), 'acties');

    await panel.getByLabel('Soort').selectOption({ label: 'Agendapunten' });
    await panel.getByLabel('Status').selectOption({ label: 'In uitvoering' });
    await page.waitForURL(/[?&]status=in_uitvoering/);
    const itemsInProgress = await expectedTitles(
      `p_kinds => array['agenda_item'], p_statuses => array['in_uitvoering']`,
    );
    expect(itemsInProgress.length, 'de seed heeft agendapunten in uitvoering').toBeGreaterThan(0);
    await expectMapAndList(page, itemsInProgress, 'agendapunten in uitvoering');

    await panel.getByLabel('Thema').selectOption({ label: 'Wonen' });
    await page.waitForURL(/[?&]thema=wonen/);
    const wonen = await expectedTitles(
      `p_kinds => array['agenda_item'], p_statuses => array['in_uitvoering'],
       p_theme_ids => array[(select id from public.themes where slug = 'wonen')]`,
    );
    await expectMapAndList(page, wonen, 'agendapunten in uitvoering over wonen');
    await panel.scrollIntoViewIfNeeded();
    await screenshot(page, 'places--gefilterd');

    // a shared link opens with the same filters
    await openRoute(page, new URL(page.url()).pathname + new URL(page.url()).search);
    await waitForAreaShapes(page);
    // the map draws at once from the last visit; the themes come when the local database has opened
    await expect.poll(() => panel.getByLabel('Thema').inputValue(), { timeout: 30_000 }).toBe('wonen');
    await expectMapAndList(page, wonen, 'dezelfde filters na openen van de link');

    // a filter that matches nothing says so; clearing the filters shows everything again
    await panel.getByLabel('Status').selectOption({ label: 'Gestopt' });
    // (after the reload above the local database may still be opening: this filter was never asked in this browser)
    await expect
      .poll(() => panel.getByText('Er zijn geen plekken die bij deze filters passen.').count(), { timeout: 30_000 })
      .toBe(1);
    await expect.poll(() => placeMarkers(page).count(), { timeout: 15_000 }).toBe(0);
    await panel.getByRole('button', { name: 'Filters wissen' }).click();
    await expectMapAndList(page, await expectedTitles(), 'alle plekken na wissen');
    expect(new URL(page.url()).search).toBe('');
  });

  test('op de gebiedspagina alleen de plekken van dat gebied; "Toon op de kaart" en Tab + Enter op een plek', async ({
    visitorPage: page,
  }) => {
    await navigateInApp(page, '/gebied/reeshof');
    await waitForAreaShapes(page);
    const reeshof = await expectedTitles(`p_area_id => (select id from public.areas where slug = 'reeshof')`);
    await expectMapAndList(page, reeshof, 'plekken in Reeshof');

    const first = reeshof[0]!;
    await placesPanel(page)
      .getByRole('button', { name: `Toon op de kaart: ${first}` })
      .click();
    await page.waitForURL(/[?&]plek=/);
    await expect
      .poll(() =>
        placesPanel(page)
          .getByRole('button', { name: `Toon op de kaart: ${first}` })
          .getAttribute('aria-pressed'),
      )
      .toBe('true');
    // the map opens the place's popup with a link to its document
    await expect.poll(() => page.locator('.leaflet-popup').innerText()).toContain(first);
    await screenshot(page, 'places--getoond-op-de-kaart');

    // keyboard: focus a place on the map, Enter opens its document
    const marker = placeMarkers(page).first();
    const label = (await marker.getAttribute('aria-label')) ?? '';
    await marker.focus();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(label);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/documenten\/(wijkagenda|uitvoeringsplan)-reeshof/);
  });

  test('de GeoJSON-download is een geldige FeatureCollection met alle plekken en bruikbare eigenschappen', async ({
    visitorPage: page,
  }) => {
    await navigateInApp(page, '/');
    const all = await expectedTitles();
    await expectMapAndList(page, all, 'alle plekken');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      placesPanel(page)
        .getByRole('button', { name: `Download als GeoJSON (${all.length} plekken)` })
        .click(),
    ]);
    expect(download.suggestedFilename()).toBe('agendakaart-plekken-tilburg.geojson');
    const geojson = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
      type: string;
      features: {
        type: string;
        geometry: { type: string; coordinates: unknown };
        properties: Record<string, unknown>;
      }[];
    };
    expect(geojson.type).toBe('FeatureCollection');
    expect(geojson.features.map((f) => f.properties.title).sort()).toEqual(all);
    for (const f of geojson.features) {
      expect(f.type).toBe('Feature');
      expect(['Point', 'Polygon']).toContain(f.geometry.type);
      // WGS84 [lng, lat] around Tilburg
      const [lng, lat] = (f.geometry.coordinates as number[]).flat(2).slice(0, 2) as [number, number];
      expect(lng).toBeGreaterThan(4.9);
      expect(lng).toBeLessThan(5.2);
      expect(lat).toBeGreaterThan(51.5);
      expect(lat).toBeLessThan(51.65);
      expect(f.properties).toMatchObject({
        kind: expect.stringMatching(/^(agenda_item|vision_goal|plan_action)$/),
        status: expect.any(String),
        area: expect.any(String),
        document_title: expect.any(String),
        url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/documenten\//),
      });
    }
    const portiek = geojson.features.find((f) => f.properties.title === 'Renovatie van de portiekflats in Heikant');
    expect(portiek?.properties).toMatchObject({
      kind: 'agenda_item',
      theme: 'Wonen',
      area: 'Noord',
      document_title: 'Wijkagenda Noord',
    });
  });

  test('op een telefoon passen de filters en de lijst zonder zijwaarts schuiven', async ({ visitorPage: page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await navigateInApp(page, '/gebied/noord?soort=agenda_item');
    await expectMapAndList(
      page,
      await expectedTitles(
        `p_area_id => (select id from public.areas where slug = 'noord'), p_kinds => array['agenda_item']`,
      ),
      'agendapunten in Noord',
    );
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'de pagina schuift niet zijwaarts').toBeLessThanOrEqual(0);
    await screenshot(page, 'places--telefoon');
  });
});
