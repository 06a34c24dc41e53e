// Journeys on the map page: the 8 areas on the map and in the list, opening an area by mouse and by keyboard,
// and the app staying usable while map tiles cannot load (tests run offline; PDOK is blocked).
import { describe } from 'vitest';
import {
  AREAS,
  areaBySlug,
  areaList,
  areaOfText,
  areaShape,
  areaShapeLabels,
  expectAreaHeading,
  linksByName,
  nameWithin,
  openRoute,
  pointInside,
  waitForAreaShapes,
  waitForApp,
} from './utils/app';
import { expect, screenshot, test } from './utils/test';

const allSlugs = AREAS.map((a) => a.slug).sort();

describe('kaart met de 8 gebieden', () => {
  test('de kaart tekent 8 gebiedsvlakken en de lijst linkt naar alle 8 gebieden', async ({ page }) => {
    await openRoute(page, '/');
    await waitForAreaShapes(page);

    const labels = await areaShapeLabels(page);
    expect(labels, 'toegankelijke namen van de gebiedsvlakken op de kaart').toHaveLength(AREAS.length);
    expect(
      labels.map((l) => areaOfText(l)?.slug ?? `?${l}`).sort(),
      `elk gebied precies één keer op de kaart (namen: ${labels.join(', ')})`,
    ).toEqual(allSlugs);

    await areaList(page).waitFor({ state: 'visible' });
    const links = await linksByName(areaList(page));
    const areaLinksFound = links.filter((l) => l.path.startsWith('/gebied/'));
    expect(areaLinksFound.map((l) => l.path).sort(), 'links in de gebiedenlijst').toEqual(
      allSlugs.map((slug) => `/gebied/${slug}`),
    );
    for (const link of areaLinksFound) {
      expect(areaOfText(link.name)?.slug, `de link naar ${link.path} noemt dat gebied ("${link.name}")`).toBe(
        link.path.slice('/gebied/'.length),
      );
    }
  });

  test('een klik op een gebied op de kaart opent de gebiedspagina', async ({ page }) => {
    const noord = areaBySlug('noord');
    await openRoute(page, '/');
    await waitForAreaShapes(page);
    const { x, y } = await pointInside(await areaShape(page, noord));
    await page.mouse.click(x, y);
    await page.waitForURL(`**/gebied/${noord.slug}`);
    await expectAreaHeading(page, noord);
  });

  test('met Tab naar een gebied op de kaart en Enter opent de gebiedspagina', async ({ page }) => {
    const west = areaBySlug('west');
    await openRoute(page, '/');
    await waitForAreaShapes(page);

    let reached = false;
    const seen: string[] = [];
    for (let i = 0; i < 80 && !reached; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el) return null;
        const label = el.getAttribute('aria-label') ?? (el.textContent ?? '').trim().slice(0, 40);
        return { tag: el.tagName.toLowerCase(), label };
      });
      if (!focused) continue;
      seen.push(`${focused.tag}:${focused.label}`);
      reached = focused.tag === 'path' && areaOfText(focused.label)?.slug === west.slug;
    }
    expect(reached, `met Tab een gebiedsvlak "${west.name}" bereikt; focus ging langs: ${seen.join(' → ')}`).toBe(true);

    await page.keyboard.press('Enter');
    await page.waitForURL(`**/gebied/${west.slug}`);
    await expectAreaHeading(page, west);
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
    await expectAreaHeading(page, reeshof);
    await page.goBack();
    await waitForApp(page);
    await waitForAreaShapes(page);

    expect(
      problems.filter((p) => p.startsWith('pageerror')),
      'onafgevangen fouten in de pagina',
    ).toEqual([]);
  });
});
