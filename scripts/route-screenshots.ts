// Full-page screenshots of every route, signed out and as each demo role, on a desktop (1280×800) and a phone
// (390×844), to compare the look before and after a change (scripts/compare-screenshots.ts).
// Usage: serve a build (`vite preview --outDir <build>`), then `tsx scripts/route-screenshots.ts <url> <out dir>`.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { DEMO_PASSWORD, demoAccount } from '../tests/e2e/utils/auth';
import { CHROMIUM_ARGS } from '../tests/e2e/utils/browser';

const [baseURL, outDir] = process.argv.slice(2);
if (!baseURL || !outDir) throw new Error('usage: tsx scripts/route-screenshots.ts <base url> <out dir>');

const PLAN = '/documenten/uitvoeringsplan-noord-2026-2027';
const SIGNED_OUT = [
  '/',
  '/gebied/noord',
  '/gebied/reeshof',
  '/documenten/wijkagenda-noord',
  '/documenten/gebiedsvisie-noord',
  PLAN,
  `${PLAN}/versies`,
  `${PLAN}/tijdlijn`,
  '/initiatieven',
  'first-initiative',
  '/initiatieven/nieuw',
  '/privacy',
  '/zoeken?q=Quirijnstock',
  '/inloggen',
  '/registreren',
  '/wachtwoord-vergeten',
  '/wachtwoord-herstellen',
  '/auth/bevestigen',
  '/profiel',
  '/beheer',
  '/bestaat-niet',
];
const ROUTES_BY_ACCOUNT: Record<string, string[]> = {
  '': SIGNED_OUT,
  'area-team': [
    '/gebied/noord',
    '/documenten/wijkagenda-noord',
    '/documenten/gebiedsvisie-noord',
    PLAN,
    '/documenten/uitvoeringsplan-noord-2028-2029',
    '/documenten/wijkagenda-noord/versies',
    '/profiel',
  ],
  resident: ['/initiatieven/nieuw', 'first-initiative', '/profiel'],
  admin: [
    '/beheer',
    '/beheer/mensen',
    '/beheer/uitnodigingen',
    '/beheer/raden',
    '/beheer/gebieden',
    '/beheer/wijken',
    '/beheer/themas',
    '/beheer/documenten',
    '/beheer/cijfers',
    '/beheer/logboek',
    '/beheer/meldingen',
  ],
};
const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };
// the seed's dates are fixed; relative dates ("3 dagen geleden") must not move between two runs
const NOW = new Date('2026-12-01T12:00:00+01:00');

async function main(): Promise<void> {
  mkdirSync(outDir!, { recursive: true });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    for (const [account, routes] of Object.entries(ROUTES_BY_ACCOUNT))
      for (const [size, viewport] of Object.entries(VIEWPORTS))
        await shootAll(browser, account, routes, size, viewport);
  } finally {
    await browser.close();
  }
}

async function shootAll(
  browser: Browser,
  account: string,
  routes: string[],
  size: string,
  viewport: { width: number; height: number },
): Promise<void> {
  const context = await browser.newContext({
    baseURL,
    viewport,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    reducedMotion: 'reduce',
    serviceWorkers: 'block',
  });
  await context.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) => route.abort('internetdisconnected'));
  const page = await context.newPage();
  await page.clock.setFixedTime(NOW);
  await page.goto('/inloggen');
  await heading(page).waitFor({ timeout: 90_000 });
  if (account) await signIn(page, account);
  for (const route of routes) {
    const name = `${account || 'signed-out'}--${route.replace(/[^\w]+/g, '-').replace(/^-|-$/g, '') || 'home'}--${size}`;
    try {
      await open(page, route);
      await settle(page);
      await page.screenshot({ path: join(outDir!, `${name}.png`), fullPage: true, animations: 'disabled' });
      console.log('ok  ', name);
    } catch (e) {
      console.log('FAIL', name, (e as Error).message.split('\n')[0]);
    }
  }
  await context.close();
}

async function signIn(page: Page, key: string): Promise<void> {
  const account = demoAccount(key);
  await page.getByLabel('E-mailadres', { exact: true }).fill(account.email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /^inloggen$/i }).click();
  await page.waitForURL((url) => url.pathname !== '/inloggen', { timeout: 60_000 });
}

/** In the app, as a link does (a page load would reopen the local database). */
async function open(page: Page, route: string): Promise<void> {
  const before = await page.evaluate(() => document.querySelector('h1')?.textContent);
  if (route === 'first-initiative') {
    await open(page, '/initiatieven');
    await page.locator('.initiative-list__title').first().click();
    await page.waitForURL(/initiatief=/);
    return;
  }
  await page.evaluate((to) => {
    const idx = ((history.state as { idx?: number } | null)?.idx ?? 0) + 1;
    history.pushState({ usr: null, key: Math.random().toString(36).slice(2, 10), idx }, '', to);
    dispatchEvent(new PopStateEvent('popstate', { state: history.state as unknown }));
  }, route);
  await page
    .waitForFunction((text) => document.querySelector('h1')?.textContent !== text, before, { timeout: 20_000 })
    .catch(() => undefined); // a route may keep the heading (a signed-out page shows the sign-in heading again)
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).first();

/** Until nothing has changed on the page for a second: data loaded, lazy parts and the map drawn. */
async function settle(page: Page): Promise<void> {
  await heading(page).waitFor({ timeout: 60_000 });
  // the notice "waiting for the local database" means the page has not got its data yet
  await page.locator('.backend-wait__box').waitFor({ state: 'detached', timeout: 60_000 });
  let last = '';
  for (let stable = 0, tries = 0; stable < 4 && tries < 60; tries++) {
    await page.waitForTimeout(250);
    const now = await page.evaluate(() => document.body.innerHTML);
    stable = now === last ? stable + 1 : 0;
    last = now;
  }
  await page.mouse.move(0, 0);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

await main();
