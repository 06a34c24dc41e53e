// Journeys on the map page: the 8 areas on the map and in the list, opening an area by mouse and by keyboard,
// and the app staying usable while map tiles cannot load (tests run offline; PDOK is blocked).
import { describe } from 'vitest';
import {
  AREAS,
  areaBySlug,
  areaLinks,
  areaList,
  areaShape,
  areaShapes,
  mainHeading,
  nameWithin,
  openRoute,
  pointInside,
  waitForAreaShapes,
  waitForApp,
} from './utils/app';
import { expect, screenshot, test } from './utils/test';

describe('kaart met de 8 gebieden', () => {
  test('de kaart tekent 8 gebiedsvlakken en de lijst linkt naar alle 8 gebieden', async ({ page }) => {
    await openRoute(page, '/');
    await waitForAreaShapes(page);

    const labels = await areaShapes(page).evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
    expect(labels, 'toegankelijke namen van de gebiedsvlakken op de kaart').toHaveLength(AREAS.length);
    for (const area of AREAS) {
      expect(
        labels.filter((l) => nameWithin(area.name).test(l)),
        `precies één vlak op de kaart heet "${area.name}" (gevonden: ${labels.join(', ')})`,
      ).toHaveLength(1);
    }

    await areaList(page).waitFor({ state: 'visible' });
    const paths = await areaLinks(page).evaluateAll((els) =>
      els.map((el) => new URL((el as HTMLAnchorElement).href).pathname),
    );
    const areaPaths = [...new Set(paths.filter((p) => p.startsWith('/gebied/')))].sort();
    expect(areaPaths, 'links in de gebiedenlijst').toEqual(AREAS.map((a) => `/gebied/${a.slug}`).sort());
    for (const area of AREAS) {
      await expect
        .poll(() =>
          areaList(page)
            .getByRole('link', { name: nameWithin(area.name) })
            .count(),
        )
        .toBeGreaterThan(0);
    }
  });

  test('een klik op een gebied op de kaart opent de gebiedspagina', async ({ page }) => {
    const noord = areaBySlug('noord');
    await openRoute(page, '/');
    await waitForAreaShapes(page);
    const { x, y } = await pointInside(areaShape(page, noord.name));
    await page.mouse.click(x, y);
    await page.waitForURL(`**/gebied/${noord.slug}`);
    await expect.poll(() => mainHeading(page).innerText()).toMatch(nameWithin(noord.name));
  });

  test('met Tab naar een gebied op de kaart en Enter opent de gebiedspagina', async ({ page }) => {
    const west = areaBySlug('west');
    await openRoute(page, '/');
    await waitForAreaShapes(page);

    const target = nameWithin(west.name);
    let reached = false;
    const seen: string[] = [];
    for (let i = 0; i < 80 && !reached; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el) return null;
        return {
          tag: el.tagName.toLowerCase(),
          label: el.getAttribute('aria-label') ?? (el.textContent ?? '').trim().slice(0, 40),
        };
      });
      if (!focused) continue;
      seen.push(`${focused.tag}:${focused.label}`);
      reached = focused.tag === 'path' && target.test(focused.label);
    }
    expect(reached, `met Tab bereikt: ${seen.join(' → ')}`).toBe(true);

    await page.keyboard.press('Enter');
    await page.waitForURL(`**/gebied/${west.slug}`);
    await expect.poll(() => mainHeading(page).innerText()).toMatch(nameWithin(west.name));
  });

  test('zonder kaarttegels (PDOK geblokkeerd) blijft de app bruikbaar', async ({ page, blocked, problems }) => {
    await openRoute(page, '/');
    await waitForAreaShapes(page);
    await expect
      .poll(() => blocked.filter((u) => u.includes('pdok.nl')).length, {
        message: `de kaart vroeg PDOK-tegels aan (geblokkeerd: ${blocked.slice(0, 5).join(', ') || 'niets'})`,
      })
      .toBeGreaterThan(0);
    await screenshot(page, 'map--zonder-tegels');

    // The list alternative and the area page work without tiles; back on the map, the shapes are still there.
    const reeshof = areaBySlug('reeshof');
    await areaList(page)
      .getByRole('link', { name: nameWithin(reeshof.name) })
      .first()
      .click();
    await page.waitForURL(`**/gebied/${reeshof.slug}`);
    await expect.poll(() => mainHeading(page).innerText()).toMatch(nameWithin(reeshof.name));
    await page.goBack();
    await waitForApp(page);
    await waitForAreaShapes(page);

    expect(
      problems.filter((p) => p.startsWith('pageerror')),
      'onafgevangen fouten in de pagina',
    ).toEqual([]);
  });
});
