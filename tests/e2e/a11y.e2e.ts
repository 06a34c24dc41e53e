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
    label: 'wijkagenda (/documenten/wijkagenda-noord)',
    path: '/documenten/wijkagenda-noord',
    ready: /wijkagenda noord/i,
  },
  {
    label: 'uitvoeringsplan (/documenten/uitvoeringsplan-noord-2026-2027)',
    path: '/documenten/uitvoeringsplan-noord-2026-2027',
    ready: /uitvoeringsplan/i,
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

  test('ingelogd als gebiedsteam Noord: wijkagenda bewerken met plekkiezer (/documenten/wijkagenda-noord)', async ({
    page,
  }) => {
    await signIn(page, demoAccount('area-team'));
    await waitUntilReady(page, {
      label: 'wijkagenda',
      path: '/documenten/wijkagenda-noord',
      ready: /wijkagenda noord/i,
    });
    await page
      .getByRole('button', { name: /agendapunt toevoegen aan/i })
      .first()
      .click();
    await page.getByRole('form', { name: 'Nieuw agendapunt' }).getByRole('region', { name: /kaart/i }).waitFor();
    await page.getByRole('button', { name: 'Reacties tonen' }).first().click();
    await screenshot(page, 'a11y--wijkagenda-noord-gebiedsteam');
    await expectNoAxeViolations(page, 'wijkagenda (/documenten/wijkagenda-noord), gebiedsteam, formulier open');
  });

  test('ingelogd als wijkraad Heyhoef: wijkagenda in consultatie (/documenten/wijkagenda-reeshof)', async ({
    page,
  }) => {
    await signIn(page, demoAccount('council'));
    await waitUntilReady(page, {
      label: 'wijkagenda',
      path: '/documenten/wijkagenda-reeshof',
      ready: /wijkagenda reeshof/i,
    });
    await page.getByRole('button', { name: 'Reacties tonen' }).first().click();
    await expectNoAxeViolations(page, 'wijkagenda (/documenten/wijkagenda-reeshof), wijkraad, reacties open');
  });

  test('ingelogd als bewoner: wijkagenda open voor reacties van iedereen (/documenten/wijkagenda-noord)', async ({
    page,
  }) => {
    await signIn(page, demoAccount('resident'));
    await waitUntilReady(page, {
      label: 'wijkagenda',
      path: '/documenten/wijkagenda-noord',
      ready: /wijkagenda noord/i,
    });
    await page.getByRole('button', { name: 'Reacties tonen' }).last().click();
    await page.getByLabel('Nieuwe reactie').first().waitFor();
    await expectNoAxeViolations(page, 'wijkagenda (/documenten/wijkagenda-noord), bewoner, reactieformulier open');
  });

  test('afdrukweergave van een vastgestelde wijkagenda (/documenten/wijkagenda-noord?versie=1)', async ({ page }) => {
    await waitUntilReady(page, {
      label: 'wijkagenda v1',
      path: '/documenten/wijkagenda-noord?versie=1',
      ready: /wijkagenda noord/i,
    });
    await page.emulateMedia({ media: 'print' });
    await expectNoAxeViolations(page, 'wijkagenda versie 1 in afdrukweergave');
  });
});
