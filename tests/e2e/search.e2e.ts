// Search (issue 15), as a visitor in one shared tab: the header's box suggests as you type and works by keyboard
// (arrow keys, Enter opens, Escape closes); a word with another ending ("vergroening") finds the agenda item "Het
// plein in Quirijnstok vergroenen", a misspelt wijk name ("Quirijnstock") finds the wijk and that item on the
// results page; a concept document is never among a visitor's results.
import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import { header, mainHeading, navigateInApp } from './utils/app';
import { expectNoAxeViolations } from './utils/axe';
import { APP_READY_TIMEOUT } from './utils/context';
import { expect, screenshot, test } from './utils/test';

const ITEM = 'Het plein in Quirijnstok vergroenen';

function searchBox(page: Page) {
  return header(page).getByRole('combobox', { name: 'Zoeken in Agendakaart' });
}

/** The option the arrow keys are on, by the input's aria-activedescendant. */
async function activeOption(page: Page): Promise<string | null> {
  const id = await searchBox(page).getAttribute('aria-activedescendant');
  return id ? page.locator(`[id="${id}"]`).innerText() : null;
}

describe('zoeken', () => {
  test('bezoeker: een verkeerd gespelde wijknaam vindt de wijk en het agendapunt op de resultatenpagina', async ({
    visitorPage: page,
  }) => {
    await navigateInApp(page, '/gebied/noord');
    const box = searchBox(page);
    await box.waitFor({ timeout: APP_READY_TIMEOUT });
    await box.fill('Quirijnstock');
    await page.keyboard.press('Enter'); // no option chosen: the results page
    await page.waitForURL(/\/zoeken\?q=Quirijnstock$/, { timeout: APP_READY_TIMEOUT });
    const main = page.getByRole('main');
    await main.getByText('Ook gezocht naar: Quirijnstok.').waitFor({ timeout: APP_READY_TIMEOUT });
    expect(await main.getByRole('status').innerText()).toMatch(/\d+ resultaten voor ‘Quirijnstock’/);
    await main.getByRole('heading', { name: /^Wijken en dorpen \(1\)$/ }).waitFor();
    await main.getByRole('link', { name: 'Quirijnstok', exact: true }).waitFor();
    await main.getByRole('link', { name: ITEM }).waitFor();
    await screenshot(page, 'search--results');
    await expectNoAxeViolations(page, 'zoekresultaten');

    // a filter goes to the URL and narrows the results to one kind
    await main.getByLabel('Soort').selectOption('agenda_item');
    await page.waitForURL(/soort=agenda_item/);
    await expect.poll(() => main.getByRole('heading', { name: /^Wijken en dorpen/ }).count()).toBe(0);
    await main.getByRole('heading', { name: /^Agendapunten \(\d+\)$/ }).waitFor();
  });

  test('bezoeker: vindt een agendapunt op een woord met een andere uitgang, met het toetsenbord', async ({
    visitorPage: page,
  }) => {
    await navigateInApp(page, '/gebied/noord');
    const box = searchBox(page);
    await box.waitFor({ timeout: APP_READY_TIMEOUT });
    // typed letter by letter: each pause sends one request, and a newer one cancels the one before
    await box.fill(''); // the box keeps the words of the search before
    await box.pressSequentially('vergroening', { delay: 40 });
    const listbox = page.getByRole('listbox', { name: 'Suggesties' });
    // the matched word is highlighted as written (the list of the search before stays until this one is in)
    await listbox
      .getByRole('option', { name: new RegExp(ITEM) })
      .locator('mark', { hasText: 'vergroenen' })
      .waitFor({ timeout: APP_READY_TIMEOUT });
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    // the number found is announced
    expect(await header(page).getByRole('search').getByRole('status').innerText()).toMatch(
      /^\d+ resulta(at|ten) gevonden/,
    );
    await screenshot(page, 'search--suggestions');
    await expectNoAxeViolations(page, 'zoekvak met suggesties');

    // Escape closes the list and keeps the text; ArrowDown opens it again on the first option
    await page.keyboard.press('Escape');
    await expect.poll(() => box.getAttribute('aria-expanded')).toBe('false');
    expect(await box.inputValue()).toBe('vergroening');
    let steps = 0;
    do {
      await page.keyboard.press('ArrowDown');
      steps += 1;
    } while (!(await activeOption(page))?.includes(ITEM) && steps < 20);
    expect(await activeOption(page)).toContain(ITEM);
    expect(await box.evaluate((el) => el === document.activeElement), 'de focus blijft in het zoekvak').toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/documenten\/wijkagenda-noord#punt-/, { timeout: APP_READY_TIMEOUT });
    await expect.poll(() => mainHeading(page).innerText(), { timeout: APP_READY_TIMEOUT }).toMatch(/Wijkagenda Noord/);
  });

  test('bezoeker: een conceptdocument staat nooit in de resultaten', async ({ visitorPage: page }) => {
    await navigateInApp(page, '/zoeken?q=uitvoeringsplan+noord');
    const main = page.getByRole('main');
    await main.getByRole('link', { name: /Uitvoeringsplan Noord 2026-2027/ }).waitFor({ timeout: APP_READY_TIMEOUT });
    expect(await main.getByText(/2028-2029/).count(), 'het concept-uitvoeringsplan 2028-2029').toBe(0);
    await navigateInApp(page, '/zoeken?q=concept+2029');
    await expect
      .poll(() => main.getByRole('status').innerText(), { timeout: APP_READY_TIMEOUT })
      .toMatch(/Niets gevonden/);
  });
});
