// axe-core (WCAG 2.1 A + AA) on every route in a real browser, signed out and signed in.
import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import { mainHeading, openRoute, waitForAreaShapes } from './utils/app';
import { demoAccount, signIn } from './utils/auth';
import { expectNoAxeViolations } from './utils/axe';
import { expect, screenshot, test } from './utils/test';

type RouteCase = { label: string; path: string; ready?: 'map' | RegExp };

const SIGNED_OUT: RouteCase[] = [
  { label: 'kaart (/)', path: '/', ready: 'map' },
  { label: 'gebiedspagina (/gebied/noord)', path: '/gebied/noord', ready: /noord/i },
  {
    label: 'plekken gefilterd (/gebied/reeshof?soort=agenda_item&status=open)',
    path: '/gebied/reeshof?soort=agenda_item&status=open',
    ready: /reeshof/i,
  },
  { label: 'plekken zonder resultaat (/?status=gestopt)', path: '/?status=gestopt', ready: 'map' },
  {
    label: 'versies (/documenten/wijkagenda-noord/versies?van=1&naar=2)',
    path: '/documenten/wijkagenda-noord/versies?van=1&naar=2',
    ready: /versies van/i,
  },
  {
    label: 'tijdlijn (/documenten/uitvoeringsplan-noord-2026-2027/tijdlijn)',
    path: '/documenten/uitvoeringsplan-noord-2026-2027/tijdlijn',
    ready: /tijdlijn/i,
  },
  { label: 'inloggen (/inloggen)', path: '/inloggen' },
  { label: 'registreren (/registreren)', path: '/registreren' },
  { label: '404 (/deze-pagina-bestaat-niet)', path: '/deze-pagina-bestaat-niet', ready: /niet gevonden|bestaat niet/i },
];

async function waitUntilReady(page: Page, route: RouteCase): Promise<void> {
  await openRoute(page, route.path);
  if (route.ready === 'map') await waitForAreaShapes(page);
  else if (route.ready) await expect.poll(() => mainHeading(page).innerText()).toMatch(route.ready);
}

describe('toegankelijkheid (axe, WCAG 2.1 AA)', () => {
  test.for(SIGNED_OUT)('niet ingelogd: $label', async (route, { page }) => {
    await waitUntilReady(page, route);
    await expectNoAxeViolations(page, `${route.label}, niet ingelogd`);
  });

  test('ingelogd als bewoner: kaart (/)', async ({ page }) => {
    await signIn(page, demoAccount('resident'));
    await waitUntilReady(page, SIGNED_OUT[0]!);
    await expectNoAxeViolations(page, 'kaart (/), ingelogd als bewoner');
  });

  test('ingelogd als gebiedsteam Noord: gebiedspagina (/gebied/noord)', async ({ page }) => {
    await signIn(page, demoAccount('area-team'));
    await waitUntilReady(page, SIGNED_OUT[1]!);
    await screenshot(page, 'a11y--gebied-noord-gebiedsteam');
    await expectNoAxeViolations(page, 'gebiedspagina (/gebied/noord), ingelogd als gebiedsteam');
  });
});
