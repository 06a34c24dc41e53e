// axe-core (WCAG 2.1 A + AA) on every route in a real browser, signed out and signed in.
import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import { mainHeading, navigateInApp, waitForAreaShapes } from './utils/app';
import { demoAccount } from './utils/auth';
import { expectNoAxeViolations } from './utils/axe';
import { expect, screenshot, test } from './utils/test';

type RouteCase = { label: string; path: string; ready?: 'map' | RegExp };

const SIGNED_OUT: RouteCase[] = [
  { label: 'kaart (/)', path: '/', ready: 'map' },
  { label: 'gebiedspagina (/gebied/noord)', path: '/gebied/noord', ready: /noord/i },
  { label: 'wijkpagina (/wijk/heikant)', path: '/wijk/heikant', ready: /heikant/i },
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
  { label: 'initiatieven (/initiatieven)', path: '/initiatieven', ready: /initiatieven/i },
  {
    label: 'initiatieven met filter (/initiatieven?status=in_uitvoering)',
    path: '/initiatieven?status=in_uitvoering',
    ready: /initiatieven/i,
  },
  { label: 'inloggen (/inloggen)', path: '/inloggen' },
  { label: 'registreren (/registreren)', path: '/registreren' },
  { label: 'wachtwoord vergeten (/wachtwoord-vergeten)', path: '/wachtwoord-vergeten', ready: /wachtwoord vergeten/i },
  {
    label: 'nieuw wachtwoord zonder geldige link (/wachtwoord-herstellen)',
    path: '/wachtwoord-herstellen',
    ready: /nieuw wachtwoord/i,
  },
  {
    label: 'link uit een mail die niet compleet is (/auth/bevestigen?type=recovery)',
    path: '/auth/bevestigen?type=recovery',
    ready: /link/i,
  },
  { label: '404 (/deze-pagina-bestaat-niet)', path: '/deze-pagina-bestaat-niet', ready: /niet gevonden|bestaat niet/i },
];

/** Opens the route: a page load on a fresh page, else inside the app (as a person clicks on). */
async function waitUntilReady(page: Page, route: RouteCase): Promise<void> {
  await navigateInApp(page, route.path);
  if (route.ready === 'map') await waitForAreaShapes(page);
  else if (route.ready)
    await expect.poll(() => mainHeading(page).innerText(), { timeout: 20_000 }).toMatch(route.ready);
}

describe('toegankelijkheid (axe, WCAG 2.1 AA)', () => {
  // one tab for all of them, moving on inside the app as a visitor browsing does
  test.for(SIGNED_OUT)('niet ingelogd: $label', async (route, { visitorPage: page }) => {
    await waitUntilReady(page, route);
    await expectNoAxeViolations(page, `${route.label}, niet ingelogd`);
  });

  // the signed-in tests only look: one tab per account, signed in once (signedInPage)
  test('ingelogd als bewoner: kaart (/)', async ({ signedInPage }) => {
    const page = await signedInPage(demoAccount('resident'));
    await waitUntilReady(page, SIGNED_OUT[0]!);
    await expectNoAxeViolations(page, 'kaart (/), ingelogd als bewoner');
  });

  test('ingelogd als gebiedsteam Noord: gebiedspagina (/gebied/noord)', async ({ signedInPage }) => {
    const page = await signedInPage(demoAccount('area-team'));
    await waitUntilReady(page, SIGNED_OUT[1]!);
    await screenshot(page, 'a11y--gebied-noord-gebiedsteam');
    await expectNoAxeViolations(page, 'gebiedspagina (/gebied/noord), ingelogd als gebiedsteam');
  });

  test('ingelogd als gebiedsteam Noord: wijkagenda bewerken met plekkiezer (/documenten/wijkagenda-noord)', async ({
    signedInPage,
  }) => {
    const page = await signedInPage(demoAccount('area-team'));
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
    signedInPage,
  }) => {
    const page = await signedInPage(demoAccount('council'));
    await waitUntilReady(page, {
      label: 'wijkagenda',
      path: '/documenten/wijkagenda-reeshof',
      ready: /wijkagenda reeshof/i,
    });
    await page.getByRole('button', { name: 'Reacties tonen' }).first().click();
    await expectNoAxeViolations(page, 'wijkagenda (/documenten/wijkagenda-reeshof), wijkraad, reacties open');
  });

  test('ingelogd als bewoner: wijkagenda open voor reacties van iedereen (/documenten/wijkagenda-noord)', async ({
    signedInPage,
  }) => {
    const page = await signedInPage(demoAccount('resident'));
    await waitUntilReady(page, {
      label: 'wijkagenda',
      path: '/documenten/wijkagenda-noord',
      ready: /wijkagenda noord/i,
    });
    await page.getByRole('button', { name: 'Reacties tonen' }).last().click();
    await page.getByLabel('Nieuwe reactie').first().waitFor();
    await expectNoAxeViolations(page, 'wijkagenda (/documenten/wijkagenda-noord), bewoner, reactieformulier open');
  });

  test('afdrukweergave van een vastgestelde wijkagenda (/documenten/wijkagenda-noord?versie=1)', async ({
    visitorPage: page,
  }) => {
    await waitUntilReady(page, {
      label: 'wijkagenda v1',
      path: '/documenten/wijkagenda-noord?versie=1',
      ready: /wijkagenda noord/i,
    });
    await page.emulateMedia({ media: 'print' });
    await expectNoAxeViolations(page, 'wijkagenda versie 1 in afdrukweergave');
  });

  test.for([
    { label: 'initiatief voorstellen (/initiatieven/nieuw)', path: '/initiatieven/nieuw', ready: /voorstellen/i },
    { label: 'mijn gegevens (/privacy)', path: '/privacy', ready: /mijn gegevens/i },
  ] satisfies RouteCase[])('ingelogd als bewoner: $label', async (route, { signedInPage }) => {
    const page = await signedInPage(demoAccount('resident'));
    await waitUntilReady(page, route);
    await expectNoAxeViolations(page, `${route.label}, ingelogd als bewoner`);
  });

  test('ingelogd als gebiedsteam Noord: een initiatief met keten en de volgende stap (?initiatief=)', async ({
    signedInPage,
  }) => {
    const page = await signedInPage(demoAccount('area-team'));
    await waitUntilReady(page, { label: 'initiatieven', path: '/initiatieven', ready: /initiatieven/i });
    await page
      .getByRole('link', { name: /Buurtmoestuin/ })
      .first()
      .click();
    await expect.poll(() => mainHeading(page).innerText()).toMatch(/Buurtmoestuin/);
    await page.getByRole('region', { name: 'Van idee tot uitvoering' }).waitFor();
    await screenshot(page, 'a11y--initiatief-gebiedsteam');
    await expectNoAxeViolations(page, 'initiatief (?initiatief=), ingelogd als gebiedsteam');
  });
});
