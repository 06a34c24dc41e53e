// A local database that is slow to open (a mid-range phone, a busy laptop) never leaves a page waiting silently:
// the person is told what is happening and then sees the page. A returning visit shows what this browser already
// knew while the database opens, and never anything older than what it saved itself.
// The slowness is made on purpose: the request for the prebuilt database (first visit) or for PGlite's WebAssembly
// (later visits) is held until the test lets it go.
import type { BrowserContext, Page } from 'playwright-core';
import { describe } from 'vitest';
import { openRoute } from './utils/app';
import { demoAccount, signIn } from './utils/auth';
import { expect, test } from './utils/test';

const WAITING = 'De lokale database wordt geopend…';

/** Holds every request matching `pattern` until `release()` is called. */
async function hold(context: BrowserContext, pattern: RegExp): Promise<{ release: () => Promise<void> }> {
  let open!: () => void;
  const released = new Promise<void>((resolve) => (open = resolve));
  const held = new Set<Promise<void>>();
  const handler = (route: Parameters<Parameters<BrowserContext['route']>[1]>[0]) => {
    const going = released.then(() => route.continue());
    held.add(going);
    return going;
  };
  await context.route(pattern, handler);
  return {
    async release() {
      open();
      // the held requests go on first: a route removed while its handler still waits is passed on by Playwright,
      // and the handler's own continue() then fails ("Route is already handled")
      await Promise.all(held);
      await context.unroute(pattern, handler);
    },
  };
}

async function openInitiative(page: Page): Promise<void> {
  await openRoute(page, '/initiatieven?gebied=reeshof');
  const link = page.getByRole('link', { name: /Jeu-de-boulesbaan/ });
  await link.waitFor({ timeout: 60_000 }); // the list comes from the local database, which may still be opening
  await link.click();
  await page.getByRole('heading', { level: 1, name: /Jeu-de-boulesbaan/ }).waitFor({ timeout: 60_000 });
}

describe('een trage lokale database', () => {
  test('een eerste bezoek zegt dat de database wordt geopend en toont daarna de pagina', async ({ page, context }) => {
    const prebuilt = await hold(context, /\/assets\/agendakaart-db-[0-9a-f]+\.tar\.gz$/);
    await page.goto('/initiatieven');
    const status = page.getByRole('status').filter({ hasText: WAITING });
    await status.waitFor({ timeout: 30_000 });
    await prebuilt.release();
    await page.getByRole('link', { name: /Jeu-de-boulesbaan/ }).waitFor({ timeout: 60_000 });
    await expect.poll(() => status.count(), { timeout: 15_000 }).toBe(0);
  });

  test('een volgend bezoek toont wat deze browser al wist, maar nooit iets ouders dan wat hij zelf opsloeg', async ({
    page,
    context,
  }) => {
    await signIn(page, demoAccount('resident'));
    await openInitiative(page);
    // the demo resident supports it (seed)
    await page.getByRole('button', { name: 'Steun intrekken' }).waitFor({ timeout: 60_000 });

    // later visit, database slow to open: the initiative shows from what this browser knew
    let pglite = await hold(context, /\/assets\/pglite-[\w-]+\.wasm$/);
    await page.reload();
    await page.getByRole('button', { name: 'Steun intrekken' }).waitFor({ timeout: 30_000 });
    await pglite.release();

    // a write, then a later visit with the database slow again: the old answer is not shown; the person waits,
    // is told why, and then sees what they saved
    await page.getByRole('button', { name: 'Steun intrekken' }).click();
    await page.getByRole('button', { name: 'Steun dit initiatief' }).waitFor({ timeout: 30_000 });
    pglite = await hold(context, /\/assets\/pglite-[\w-]+\.wasm$/);
    await page.reload();
    await page.getByRole('status').filter({ hasText: WAITING }).waitFor({ timeout: 30_000 });
    expect(await page.getByRole('button', { name: 'Steun intrekken' }).count(), 'geen verouderd antwoord').toBe(0);
    await pglite.release();
    await page.getByRole('button', { name: 'Steun dit initiatief' }).waitFor({ timeout: 60_000 });
  });
});
