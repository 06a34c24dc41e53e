// Figures per wijk (issue 14), as a visitor reads them: the profile of Reeshof (its figures, computed from its wijken,
// next to the city's, each with year and source; a table of its wijken sorted by keyboard) and from there the page
// of a wijk with its own figures. Values from supabase/data/cbs (tests/db/indicators-figures.test.ts computes them).
import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import { mainHeading, navigateInApp } from './utils/app';
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
});
