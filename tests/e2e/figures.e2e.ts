// Figures per wijk (issue 14), as a visitor reads them: the profile of Reeshof (its figures, computed from its wijken,
// next to the city's, each with year and source; a table of its wijken sorted by keyboard) and from there the page
// of a wijk with its own figures; the map coloured by a figure with its legend and the same figures as a table. Values from supabase/data/cbs (tests/db/indicators-figures.test.ts computes them).
import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import { mainHeading, mapRegion, navigateInApp, waitForAreaShapes } from './utils/app';
import { expectNoAxeViolations } from './utils/axe';
import { VIEWPORT } from './utils/browser';
import { expect, screenshot, test } from './utils/test';

const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 30_000 });
/** The first answer the local database gives (the area's profile comes from the build): room for a busy machine. */
const pollFirst = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 150_000 });

/** A screenshot on a laptop (1280×800) and one on a phone (390×844), back to the usual size after. */
async function bothSizes(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 800 });
  await screenshot(page, `${name}--1280`);
  await page.setViewportSize({ width: 390, height: 844 });
  // nothing widens the page on a phone: wide tables scroll inside their own box
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await screenshot(page, `${name}--390`);
  await page.setViewportSize(VIEWPORT);
}

describe('cijfers per wijk', { timeout: 240_000 }, () => {
  test('het profiel van Reeshof naast Tilburg, en van daaruit een wijk', async ({ visitorPage: page }) => {
    await navigateInApp(page, '/gebied/reeshof');
    const profile = page.getByRole('table', { name: 'Cijfers', exact: true });
    // inhabitants 2025 (CBS 86165NED, transcribed): Reeshof 44,435 (15 wijken), Tilburg 230,335 (59)
    await poll(() =>
      profile
        .getByRole('row', { name: /^Inwoners\b/ })
        .first()
        .innerText(),
    ).toMatch(/2025 · Bron: CBS \(met de hand overgenomen\)[\s\S]*44\.435[\s\S]*230\.335/);
    // the share of 65+ (PDOK 2024), weighted by inhabitants; Buitengebied Tilburg Noord-West is suppressed
    expect(await profile.getByRole('row', { name: /65 jaar en ouder/ }).innerText()).toMatch(
      /2024 · Bron: CBS, Kadaster[\s\S]*1 van 15 wijken zonder waarde[\s\S]*13,8%[\s\S]*17,4%/,
    );
    const districts = page.getByRole('table', { name: /Kerncijfers per wijk in Reeshof/ });
    await districts.getByRole('button', { name: /^Inwoners \(2025\)/ }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter'); // descending: the largest wijk first
    await poll(() => districts.getByRole('rowheader').first().innerText()).toBe('Leeuwerik');
    await expectNoAxeViolations(page, 'gebiedspagina Reeshof met cijfers');
    await bothSizes(page, 'figures--gebied-reeshof');

    await districts.getByRole('link', { name: 'Heyhoef' }).click();
    await pollFirst(() => mainHeading(page).innerText()).toBe('Heyhoef');
    expect(page.url()).toMatch(/\/wijk\/heyhoef$/);
    const own = page.getByRole('table', { name: /De cijfers van Heyhoef/ });
    await poll(() =>
      own
        .getByRole('row', { name: /^Inwoners\b/ })
        .first()
        .innerText(),
    ).toMatch(/2025 · Bron: CBS \(met de hand overgenomen\)[\s\S]*325[\s\S]*230\.335/);
    expect(await own.getByRole('row', { name: /65 jaar en ouder/ }).innerText()).toMatch(/88%[\s\S]*17,4%/);
    await page
      .getByRole('link', { name: /wijkagenda reeshof/i })
      .first()
      .waitFor();
    await expectNoAxeViolations(page, 'wijkpagina Heyhoef met kerncijfers');
    await bothSizes(page, 'figures--wijk-heyhoef');
  });

  test('de kaart gekleurd naar het aandeel 65-plussers, met legenda en dezelfde cijfers als tabel', async ({
    visitorPage: page,
  }) => {
    await navigateInApp(page, '/');
    await waitForAreaShapes(page);
    const choice = page.getByLabel('Kleur de wijken naar');
    await pollFirst(() => choice.count()).toBe(1);
    await choice.selectOption('aandeel-65-plus');
    await page.waitForURL(/\?kaart=aandeel-65-plus/);
    // the legend: quantile classes of the 54 wijken with a value (2024; src/features/indicators/classes.test.ts), the
    // 5 that CBS suppressed apart
    const legend = mapRegion(page).locator('details.map-legend');
    await poll(() => legend.innerText()).toMatch(/Inwoners 65 jaar en ouder \(aandeel\), 2024/);
    const legendText = await legend.innerText();
    for (const line of [
      /2% – 13%\s*15 wijken/,
      /14% – 16%\s*9 wijken/,
      /17% – 18%\s*9 wijken/,
      /19% – 22%\s*11 wijken/,
      /23% – 88%\s*10 wijken/,
      /geen gegevens\s*5 wijken/,
    ])
      expect(legendText).toMatch(line);
    // the map: as many wijken in the darkest colour as its class holds; the unknown ones grey and dashed
    await poll(() => mapRegion(page).locator('svg path[fill="#253494"]').count()).toBe(10);
    expect(await mapRegion(page).locator('svg path[fill="#bdbdbd"][stroke-dasharray]').count()).toBe(5);
    // the table: highest first, each with its class; "onbekend" and "geen gegevens" for a suppressed wijk
    const table = page.getByRole('table', { name: /Inwoners 65 jaar en ouder \(aandeel\) per wijk in 2024/ });
    await poll(() => table.getByRole('row').nth(1).innerText()).toMatch(/Heyhoef[\s\S]*88%[\s\S]*5 van 5/);
    expect(await table.getByRole('row', { name: /De Oude Warande/ }).innerText()).toMatch(
      /onbekend[\s\S]*geen gegevens/,
    );
    await expectNoAxeViolations(page, 'kaart gekleurd naar een cijfer, met legenda en tabel');
    await bothSizes(page, 'figures--kaart-65-plus');
    await table.getByRole('link', { name: 'Armhoef' }).focus();
    await page.keyboard.press('Enter');
    await poll(() => mainHeading(page).innerText()).toBe('Armhoef');
    expect(page.url()).toMatch(/\/wijk\/armhoef$/);
  });
});
