// The embedded backend starts from the data directory prebuilt at build time (scripts/prebuilt-db.ts): a first visit
// draws the map, area pages and published documents from the build's answers while PGlite loads, and a later visit
// uses IndexedDB.
import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import { areaBySlug, areaShape, expectAreaHeading, openRoute, waitForAreaShapes } from './utils/app';
import { expect, test } from './utils/test';

const PREBUILT = /\/assets\/agendakaart-db-[0-9a-f]+\.tar\.gz$/;
const SNAPSHOT = /\/assets\/visitor-[0-9a-f]+-map_overview\.json$/;

/** The marker the app writes once the database is completely in IndexedDB (src/lib/embedded/stored-marker.ts). */
function storedBundle(page: Page): Promise<unknown> {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        // opening a database that does not exist would create it empty, without the app's object store
        void indexedDB.databases().then((all) => {
          if (!all.some((d) => d.name === 'agendakaart-stored')) return resolve(undefined);
          const open = indexedDB.open('agendakaart-stored');
          open.onerror = () => resolve(undefined);
          open.onsuccess = () => {
            try {
              const get = open.result.transaction('marker').objectStore('marker').get('bundle-hash');
              get.onsuccess = () => resolve(get.result);
              get.onerror = () => resolve(undefined);
            } catch {
              resolve(undefined);
            }
          };
        });
      }),
  );
}

describe('start van de lokale database', () => {
  test('een eerste bezoek laadt de vooraf gebouwde database; een volgend bezoek niet meer', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await openRoute(page, '/');
    await waitForAreaShapes(page);
    expect(
      requests.some((u) => SNAPSHOT.test(u)),
      'kaartgeometrie uit de build',
    ).toBe(true);

    const noord = areaBySlug('noord');
    await (await areaShape(page, noord)).press('Enter'); // in the app, while PGlite may still be loading
    await expectAreaHeading(page, noord);
    expect(
      requests.filter((u) => PREBUILT.test(u)),
      'de vooraf gebouwde database, één keer',
    ).toHaveLength(1);
    // the area page itself came from the build; its places come from PGlite, which then also stores the database
    await expect.poll(() => page.getByText(/^\d+ plek(ken)?$/).count(), { timeout: 60_000 }).toBeGreaterThan(0);
    await expect.poll(() => storedBundle(page), { timeout: 60_000 }).toMatch(/^[0-9a-f]+$/);

    requests.length = 0;
    await page.reload();
    await waitForAreaShapes(page);
    await expectAreaHeading(page, noord);
    expect(
      requests.filter((u) => PREBUILT.test(u) || SNAPSHOT.test(u)),
      'tweede bezoek: uit IndexedDB',
    ).toEqual([]);
  });

  test('een bezoeker leest bij een eerste bezoek een agenda en een gebiedspagina al voordat de database er is', async ({
    page,
  }) => {
    // hold the prebuilt database back: what shows now comes from the answers in the build
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(PREBUILT, async (route) => {
      await held;
      await route.continue();
    });
    await openRoute(page, '/documenten/wijkagenda-noord');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Wijkagenda Noord');
    await expect
      .poll(() => page.getByRole('heading', { name: /Meer activiteiten voor jongeren in Stokhasselt/ }).count())
      .toBe(1);
    await page
      .getByRole('link', { name: /Gebied Noord/ })
      .first()
      .click();
    await expectAreaHeading(page, areaBySlug('noord'));
    release();
  });

  test('na "Demogegevens herstellen" werkt de app en blijft de database bij een volgend bezoek staan', async ({
    page,
  }) => {
    await openRoute(page, '/inloggen');
    await page.getByRole('button', { name: 'Demogegevens herstellen' }).click();
    await page.getByRole('button', { name: 'Ja, alles terugzetten' }).click();
    await expect
      .poll(() => page.getByText('De demogegevens zijn hersteld.').isVisible(), { timeout: 60_000 })
      .toBe(true);

    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const west = areaBySlug('west');
    await openRoute(page, `/gebied/${west.slug}`);
    await expectAreaHeading(page, west);
    expect(
      requests.filter((u) => PREBUILT.test(u)),
      'geen nieuwe download na herstellen',
    ).toEqual([]);
  });
});
