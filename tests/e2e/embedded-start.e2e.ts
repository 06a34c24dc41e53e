// The embedded backend starts from the data directory prebuilt at build time (scripts/prebuilt-db.ts): a first visit
// draws the map from the build's map_overview snapshot while PGlite loads, and a later visit uses IndexedDB.
import { describe } from 'vitest';
import { areaBySlug, areaShape, expectAreaHeading, openRoute, waitForAreaShapes } from './utils/app';
import { expect, test } from './utils/test';

const PREBUILT = /\/assets\/agendakaart-db-[0-9a-f]+\.tar\.gz$/;
const SNAPSHOT = /\/assets\/map-overview-[0-9a-f]+\.json$/;

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

    requests.length = 0;
    await page.reload();
    await waitForAreaShapes(page);
    await expectAreaHeading(page, noord);
    expect(
      requests.filter((u) => PREBUILT.test(u) || SNAPSHOT.test(u)),
      'tweede bezoek: uit IndexedDB',
    ).toEqual([]);
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
