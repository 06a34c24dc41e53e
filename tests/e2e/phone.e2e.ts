// On a phone (390×844, issue 13): the header is one row with a menu for the rest, that menu is a disclosure that
// works by keyboard, every tap target is at least 24×24 px (WCAG 2.2, 2.5.8), and on the propose form a tap on a
// place's dot places the pin right there instead of opening the dot's popup. A visitor and an area-team member,
// each in one shared tab that moves on inside the app (they change no data: the pin is only a local draft).
import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import { drawnPlaces, header, mainHeading, mapRegion, navigateInApp, waitForAreaShapes } from './utils/app';
import { demoAccount } from './utils/auth';
import { expectNoAxeViolations } from './utils/axe';
import { APP_READY_TIMEOUT } from './utils/context';
import { smallTapTargets } from './utils/tap-targets';
import { expect, screenshot, test } from './utils/test';

const PHONE = { width: 390, height: 844 };
/** One row: the name of the app and the menu button, 44 px high, with the header's padding. */
const ONE_ROW = 64;

type Route = { path: string; ready: (page: Page) => Promise<void> };

// a fresh tab's first pages may wait for the local database to open (on a busy machine, as on a slow phone)
const headingMatches = (re: RegExp) => (page: Page) =>
  expect.poll(() => mainHeading(page).innerText(), { timeout: APP_READY_TIMEOUT }).toMatch(re);

const ROUTES: Route[] = [
  { path: '/', ready: waitForAreaShapes },
  { path: '/gebied/noord', ready: headingMatches(/noord/i) },
  {
    path: '/documenten/wijkagenda-noord',
    ready: (page) =>
      page.getByRole('button', { name: 'Reacties tonen' }).first().waitFor({ timeout: APP_READY_TIMEOUT }),
  },
  {
    path: '/initiatieven',
    ready: (page) =>
      page
        .getByRole('list', { name: 'Initiatieven' })
        .getByRole('listitem')
        .first()
        .waitFor({ timeout: APP_READY_TIMEOUT }),
  },
  { path: '/initiatieven/nieuw', ready: headingMatches(/voorstellen/i) },
];

/** The centres of the places' dots on the map (their boxes at most 30 px), clear of its buttons and legend. */
function dotsIn(page: Page, map: { x: number; y: number; width: number; height: number }) {
  return drawnPlaces(page).evaluateAll(
    (paths, m) =>
      paths
        .map((p) => p.getBoundingClientRect())
        .filter((r) => r.width > 4 && r.width < 30 && r.height < 30)
        .map((r) => ({ x: Math.round(r.left + r.width / 2), y: Math.round(r.top + r.height / 2) }))
        .filter((c) => c.x > m.x + 60 && c.x < m.x + m.width - 60 && c.y > m.y + 90 && c.y < m.y + m.height - 70),
    map,
  );
}

function menuButton(page: Page) {
  return header(page).getByRole('button', { name: 'Menu' });
}

/** On every main route: the header's height and the tap targets under 24×24 px, with the menu closed and open. */
async function checkRoutes(page: Page): Promise<void> {
  await page.setViewportSize(PHONE);
  const heights: Record<string, number> = {};
  const small: string[] = [];
  for (const route of ROUTES) {
    await navigateInApp(page, route.path);
    await route.ready(page);
    heights[route.path] = Math.round((await header(page).boundingBox())?.height ?? 0);
    small.push(...(await smallTapTargets(page)).map((s) => `${route.path}: ${s}`));
  }
  await menuButton(page).click();
  await header(page).getByRole('navigation').waitFor();
  small.push(...(await smallTapTargets(page)).map((s) => `menu open: ${s}`));
  await menuButton(page).click();
  expect(small, 'tikdoelen kleiner dan 24×24 px (WCAG 2.5.8)').toEqual([]);
  expect(
    Object.entries(heights).filter(([, h]) => h > ONE_ROW),
    `de kop is één rij (≤ ${ONE_ROW} px); hoogtes: ${JSON.stringify(heights)}`,
  ).toEqual([]);
}

describe('op een telefoon (390×844)', () => {
  test('bezoeker: de kop is één rij en elk tikdoel is minstens 24×24 px', async ({ visitorPage: page }) => {
    await checkRoutes(page);
  });

  test('bezoeker: het menu opent en sluit met het toetsenbord', async ({ visitorPage: page }) => {
    await page.setViewportSize(PHONE);
    await navigateInApp(page, '/');
    const button = menuButton(page);
    const nav = header(page).getByRole('navigation', { name: 'Hoofdmenu' });
    expect(await nav.isVisible(), 'de navigatie zit achter het menu').toBe(false);
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    const controls = await button.getAttribute('aria-controls');
    expect(controls, 'de knop noemt wat hij opent').toBeTruthy();

    // from the top of the page: the skip link, the name of the app, then the menu button
    await page.getByRole('link', { name: 'Naar de inhoud' }).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await button.evaluate((el) => el === document.activeElement), 'skiplink, naam, dan de menuknop').toBe(true);

    await page.keyboard.press('Enter');
    await nav.waitFor();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator(`[id="${controls}"]`).isVisible(), 'aria-controls wijst naar het open menu').toBe(true);
    // Tab goes on into the menu, in reading order
    await page.keyboard.press('Tab');
    expect(await nav.evaluate((el) => el.contains(document.activeElement)), 'Tab gaat het menu in').toBe(true);
    await screenshot(page, 'phone--menu-open');
    await expectNoAxeViolations(page, 'kaart op een telefoon, menu open');

    await page.keyboard.press('Escape');
    await nav.waitFor({ state: 'hidden' });
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await button.evaluate((el) => el === document.activeElement), 'Escape: de focus terug op de knop').toBe(
      true,
    );
  });

  test('gebiedsteam: de kop is één rij en elk tikdoel is minstens 24×24 px', async ({ signedInPage }) => {
    const page = await signedInPage(demoAccount('area-team'));
    await checkRoutes(page);
    await menuButton(page).click();
    await header(page).getByRole('button', { name: 'Uitloggen' }).waitFor();
    await expectNoAxeViolations(page, 'voorstelformulier op een telefoon, gebiedsteam, menu open');
    await menuButton(page).click();
  });

  test('gebiedsteam: een tik op de kaart zet de speld waar getikt, ook op een plek', async ({ signedInPage }) => {
    const page = await signedInPage(demoAccount('area-team'));
    await page.setViewportSize(PHONE);
    await navigateInApp(page, '/initiatieven/nieuw');
    await headingMatches(/voorstellen/i)(page);
    await waitForAreaShapes(page);
    // a place's dot in the open, clear of the map's buttons and legend: only drawn, so what is below it takes taps
    const map = (await mapRegion(page).boundingBox())!;
    await expect.poll(() => dotsIn(page, map), { timeout: 30_000 }).not.toEqual([]);
    const dot = (await dotsIn(page, map))[0];
    expect(dot, 'een plek op de kaart om op te tikken').toBeTruthy();
    await page.mouse.click(dot!.x, dot!.y);
    await page.getByText(/Speld geplaatst op/).waitFor();
    const pin = await mapRegion(page)
      .getByRole('button', { name: /Jouw voorstel/ })
      .boundingBox();
    expect(pin, 'de speld staat op de kaart').toBeTruthy();
    const off = Math.hypot(pin!.x + pin!.width / 2 - dot!.x, pin!.y + pin!.height / 2 - dot!.y);
    expect(off, 'de speld staat waar getikt is (px ernaast)').toBeLessThan(2);
    expect(
      await mapRegion(page)
        .getByRole('link', { name: /^Naar / })
        .count(),
      'geen pop-up van de plek',
    ).toBe(0);
    expect(new URL(page.url()).pathname).toBe('/initiatieven/nieuw');
    await screenshot(page, 'phone--speld-op-plek');
  });
});
