// Journeys on the document page (issue 3): a visitor reads a wijkagenda; the area team edits items and opens
// consultation; a council member comments; the area team answers officially.
import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import { mainHeading, openRoute } from './utils/app';
import { expect, screenshot, test } from './utils/test';

const entry = (page: Page, title: string) => page.getByRole('article', { name: title });

describe('documentpagina', () => {
  test('een bezoeker opent de wijkagenda vanaf de gebiedspagina en leest punten, status en reacties', async ({
    page,
  }) => {
    await openRoute(page, '/gebied/noord');
    await page
      .getByRole('link', { name: /wijkagenda noord/i })
      .first()
      .click();
    await page.waitForURL('**/documenten/wijkagenda-noord');
    await expect.poll(() => mainHeading(page).innerText()).toMatch(/wijkagenda noord/i);
    const header = page.locator('header.document-header');
    await expect.poll(() => header.innerText()).toMatch(/Consultatie/);
    await expect.poll(() => header.innerText()).toMatch(/Versie 2/);
    await expect.poll(() => entry(page, 'Een ontmoetingsplek voor ouderen in Quirijnstok').count()).toBe(1);
    await expect
      .poll(() => entry(page, 'Een ontmoetingsplek voor ouderen in Quirijnstok').innerText())
      .toMatch(/Ambitie van bewoners/);
    await screenshot(page, 'documents--wijkagenda-noord-bezoeker');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'documents--wijkagenda-noord-telefoon');
  });
});
