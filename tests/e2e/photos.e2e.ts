// Photos on initiatives (issue 15), one lean journey: a resident proposes an initiative with a photo taken at home —
// a JPEG whose EXIF holds the GPS position — and its description. What is stored has no EXIF and is at most 1600 px;
// the photo shows large on the initiative's page, small on the map and in the list, each with its description as
// alt text; and the page stays free of axe findings. A second journey: an area-team member attaches a PDF to a plan
// action, and anyone opening it gets the same bytes back.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import { navigateInApp, openRoute, waitForAreaShapes } from './utils/app';
import { demoAccount, signIn } from './utils/auth';
import { expectNoAxeViolations } from './utils/axe';
import { expect, screenshot, test } from './utils/test';
import { exifSegments, jpegSize, readExifGps } from '../utils/jpeg';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'photo-with-gps.jpg');
const TITLE = 'Kapot hek bij de speeltuin';
const ALT = 'Het kapotte hek langs de speeltuin, met een gat waar kinderen doorheen kunnen';

/** The bytes behind an image the page shows: what the backend stored and handed back. */
async function imageBytes(page: Page, selector: string): Promise<Uint8Array> {
  const bytes = await page
    .locator(selector)
    .evaluate(async (img) =>
      Array.from(new Uint8Array(await (await fetch((img as HTMLImageElement).src)).arrayBuffer())),
    );
  return new Uint8Array(bytes);
}

describe('foto’s bij initiatieven', () => {
  test(
    'een bewoner stelt voor met een foto met GPS-gegevens: opgeslagen zonder EXIF, groot op de pagina, klein op de kaart en in de lijst',
    { timeout: 240_000 },
    async ({ page }) => {
      const original = new Uint8Array(readFileSync(FIXTURE));
      expect(readExifGps(original), 'the photo carries the GPS position of the place it was taken').not.toBeNull();

      await openRoute(page, '/');
      await waitForAreaShapes(page);
      await signIn(page, demoAccount('resident'), 'demo-button', '/initiatieven/nieuw');
      await navigateInApp(page, '/initiatieven/nieuw');
      await page.getByRole('heading', { level: 1, name: 'Initiatief voorstellen' }).waitFor();
      await page.getByLabel('Titel', { exact: true }).fill(TITLE);
      await page.getByLabel('Beschrijving', { exact: true }).fill('Het hek langs de speeltuin is al weken kapot.');
      await page.getByLabel('Thema', { exact: true }).selectOption({ index: 1 });
      await page.getByLabel('Ik kies een wijk en beschrijf de plek').check();
      await page.getByLabel('Wijk of dorp', { exact: true }).selectOption({ label: 'Stokhasselt' });
      await page.getByLabel('Waar in de wijk? (straat, plein of gebouw)').fill('Speeltuin aan de Baroniestraat');

      await page.locator('input[type="file"]').setInputFiles(FIXTURE);
      const alt = page.getByLabel('Wat is er te zien op foto 1?');
      await alt.waitFor({ timeout: 30_000 });
      await page.getByText(/Wordt 1600 × 1200 pixels/).waitFor();
      // without a description the proposal does not go, and the description field says why
      await page.getByRole('button', { name: 'Initiatief indienen' }).click();
      await expect.poll(() => alt.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.getByText(/Beschrijf in een paar woorden wat er op de foto te zien is/).waitFor();
      await alt.fill(ALT);
      await screenshot(page, 'photos--voorstel-met-foto');
      await expectNoAxeViolations(page, 'voorstel met foto');
      await page.getByRole('button', { name: 'Initiatief indienen' }).click();

      await page.waitForURL(/\/initiatieven\?initiatief=/, { timeout: 60_000 });
      await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
      const large = `.attachment-gallery img[alt="${ALT}"]`;
      await page.locator(large).waitFor({ timeout: 30_000 });
      const stored = await imageBytes(page, large);
      expect(exifSegments(stored), 'the stored photo has no EXIF block').toEqual([]);
      expect(readExifGps(stored), 'and so no GPS position').toBeNull();
      expect(jpegSize(stored)).toEqual({ width: 1600, height: 1200 });
      const shown = await page
        .locator(large)
        .evaluate((img) => (img as HTMLImageElement).getBoundingClientRect().width);
      expect(shown, 'large, but within the panel').toBeGreaterThan(200);

      // on the map, beside the selected initiative: the small copy, with the same description
      const popup = `.initiative-photo-popup img[alt="${ALT}"]`;
      await page.locator(popup).waitFor({ timeout: 30_000 });
      expect(jpegSize(await imageBytes(page, popup))).toEqual({ width: 480, height: 360 });
      await screenshot(page, 'photos--initiatief-met-foto');
      await expectNoAxeViolations(page, 'initiatief met foto');

      // in the list: the small copy beside the title
      await page.getByRole('link', { name: /Terug/ }).first().click();
      const item = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: TITLE }) });
      await item.locator(`img[alt="${ALT}"]`).waitFor({ timeout: 30_000 });
      const box = await item.locator('img').boundingBox();
      expect(box && box.width <= 100 && box.height <= 80, 'a thumbnail, not the photo').toBe(true);
      await screenshot(page, 'photos--lijst-met-miniatuur');
    },
  );

  test(
    'een gebiedsteamlid voegt een PDF toe aan een actie van het uitvoeringsplan; wie hem opent krijgt hetzelfde bestand',
    { timeout: 240_000 },
    async ({ page }) => {
      const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
      await openRoute(page, '/');
      await waitForAreaShapes(page);
      await signIn(page, demoAccount('area-team'), 'demo-button', '/documenten/uitvoeringsplan-noord-2026-2027');
      await navigateInApp(page, '/documenten/uitvoeringsplan-noord-2026-2027');
      await page.getByRole('button', { name: 'Foto of document toevoegen' }).first().click();
      await page.locator('input[type="file"]').setInputFiles({
        name: 'verslag-bewonersavond.pdf',
        mimeType: 'application/pdf',
        buffer: pdf,
      });
      await page.getByLabel('Titel van document 1').fill('Verslag van de bewonersavond');
      await page.getByRole('button', { name: '1 bestand toevoegen' }).click();
      const link = page.getByRole('button', { name: 'Verslag van de bewonersavond', exact: true });
      await link.waitFor({ timeout: 60_000 });
      await expectNoAxeViolations(page, 'actie met PDF');
      await screenshot(page, 'photos--actie-met-pdf');

      const download = page.waitForEvent('download');
      await link.click();
      const file = await download;
      expect(file.suggestedFilename()).toBe('verslag-bewonersavond.pdf');
      const stream = await file.createReadStream();
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      expect(Buffer.concat(chunks).equals(pdf), 'the stored PDF is the uploaded one').toBe(true);
    },
  );
});
