// Journeys on the reading pages of documents: a visitor compares two versions of the adopted Wijkagenda Noord,
// reads the timeline and progress of the Uitvoeringsplan Noord, and filters the places on the map and in the list.
import type { Locator, Page } from 'playwright-core';
import { describe } from 'vitest';
import { mainHeading, openRoute } from './utils/app';
import { expect, screenshot, test } from './utils/test';

/** The change card of one entry in the comparison (a list item whose heading is the entry's title). */
function changeCard(page: Page, title: string): Locator {
  return page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 4, name: title, exact: true }) });
}

describe('versies vergelijken', () => {
  test('een bezoeker vergelijkt versie 1 (vastgesteld) van de Wijkagenda Noord met versie 2', async ({ page }) => {
    await openRoute(page, '/documenten/wijkagenda-noord/versies');
    await expect.poll(() => mainHeading(page).innerText()).toMatch(/versies van wijkagenda noord/i);

    const versions = page.getByRole('table', { name: /2 versies/i });
    await expect.poll(() => versions.getByRole('row').count()).toBe(3);
    const v1 = versions.getByRole('row', { name: /versie 1/i });
    expect(await v1.innerText()).toMatch(/vastgesteld/i);
    expect(await v1.innerText()).toMatch(/vastgesteld op 18 april 2024/i);
    expect(await versions.getByRole('row', { name: /versie 2/i }).innerText()).toMatch(/consultatie/i);

    await page.getByLabel('Van versie').selectOption('1');
    await page.getByLabel('Naar versie').selectOption('2');
    await page.getByRole('button', { name: 'Vergelijken' }).click();
    await page.waitForURL(/\/documenten\/wijkagenda-noord\/versies\?van=1&naar=2$/);

    const vve = changeCard(page, 'Voorschoolse educatie voor alle peuters');
    await vve.waitFor({ state: 'visible' });
    expect(await vve.innerText()).toMatch(/gewijzigd/i);
    expect(await vve.getByRole('definition').innerText()).toMatch(/in uitvoering\s*→[\s,]*(wordt:)?\s*gerealiseerd/i);

    const moved = changeCard(page, 'Veilige looproutes naar school');
    expect(await moved.innerText()).toMatch(/verplaatst/i);
    expect(await moved.innerText()).toMatch(
      /wonen en leefbaarheid \(voorbeeld\)\s*→[\s,]*(wordt:)?\s*samen opgroeien \(voorbeeld\)/i,
    );
    expect(await changeCard(page, 'Het buurthuis ook in het weekend open').innerText()).toMatch(/verwijderd/i);
    expect(await changeCard(page, 'Een ontmoetingsplek voor ouderen in Quirijnstok').innerText()).toMatch(
      /toegevoegd/i,
    );
    expect(await page.getByText(/van versie 1 naar versie 2:/i).innerText()).toMatch(
      /1 toegevoegd, 3 gewijzigd, 1 verwijderd, 2 ongewijzigd/i,
    );
    await screenshot(page, 'versions-plans--vergelijking-noord');

    // the change log says who changed what, and when
    const log = page.getByRole('region', { name: 'Wijzigingslog' });
    expect(await log.innerText()).toMatch(/agendapunt verwijderd: het buurthuis ook in het weekend open/i);
    expect(await log.innerText()).toMatch(/fatima el amrani/i);

    // back to the document
    const back = page.getByRole('link', { name: /terug naar wijkagenda noord/i });
    expect(await back.getAttribute('href')).toBe('/documenten/wijkagenda-noord');
  });

  test('op een telefoon is de vergelijking leesbaar', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openRoute(page, '/documenten/wijkagenda-noord/versies?van=1&naar=2');
    await changeCard(page, 'Voorschoolse educatie voor alle peuters').waitFor({ state: 'visible' });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'de pagina schuift niet zijwaarts').toBeLessThanOrEqual(0);
    await screenshot(page, 'versions-plans--vergelijking-telefoon');
  });
});
