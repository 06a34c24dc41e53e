// Journeys of the admin console (/beheer): an admin invites a new area-team member for Reeshof, who signs up,
// confirms the address with the link from the mail and can edit Wijkagenda Reeshof at once; an admin moves a wijk to another area and the maps show it; a person who is
// not an admin cannot use the console; axe on every screen of the console.
import type { Locator, Page } from 'playwright-core';
import { describe } from 'vitest';
import { header, mainHeading, navigateInApp, openRoute } from './utils/app';
import { EMAIL_LABEL, NAME_LABEL, PASSWORD_LABEL, demoAccount, signIn, signOut, waitForSignedIn } from './utils/auth';
import { expectNoAxeViolations } from './utils/axe';
import { expect, test } from './utils/test';

/** expect.poll with room for a slow machine (its default is 1 s): the embedded database answers in the page. */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 20_000 });

async function openConsole(page: Page, path: string, heading: RegExp): Promise<void> {
  await navigateInApp(page, path);
  await poll(() => mainHeading(page).innerText()).toMatch(heading);
}

/** The role of the wijk on the admin map is "link" (keyboard hook); its name says the wijk and its area. */
const districtOnMap = (page: Page, name: string): Locator =>
  page.getByRole('region', { name: /kaart van de wijken/i }).locator(`path[aria-label^="${name}, gebied"]`);

/** The area page's list of its wijken. */
const wijkenSection = (page: Page): Locator => page.locator('section[aria-labelledby="wijken-titel"]');

const editControls = (page: Page): Locator => page.getByRole('button', { name: /toevoegen aan|bewerken/i });

describe('beheer', () => {
  test(
    'een beheerder nodigt een nieuw lid van gebiedsteam Reeshof uit; na registreren kan zij de Wijkagenda Reeshof bewerken',
    { timeout: 180_000 },
    async ({ page }) => {
      const stamp = Date.now().toString(36);
      const member = {
        name: `Lotte Reeshof ${stamp}`,
        email: `lotte.${stamp}@tilburg.example`,
        password: 'team-reeshof-1',
      };

      // before: a new resident cannot edit the agenda (a visitor sees no edit controls either)
      await openRoute(page, '/documenten/wijkagenda-reeshof');
      await poll(() => mainHeading(page).innerText()).toMatch(/wijkagenda reeshof/i);
      expect(await editControls(page).count(), 'een bezoeker ziet geen bewerkknoppen').toBe(0);

      await signIn(page, demoAccount('admin'));
      await header(page).getByRole('link', { name: 'Beheer', exact: true }).click();
      await poll(() => mainHeading(page).innerText()).toMatch(/^beheer$/i);
      await page.getByRole('navigation', { name: 'Beheer' }).getByRole('link', { name: 'Uitnodigingen' }).click();
      await poll(() => mainHeading(page).innerText()).toMatch(/uitnodigingen/i);

      const form = page.getByRole('form', { name: 'Iemand uitnodigen' });
      await form.getByLabel(EMAIL_LABEL, { exact: true }).fill(member.email);
      await form.getByLabel('Rol', { exact: true }).selectOption({ label: 'Lid van een gebiedsteam' });
      await form.getByLabel('Gebied', { exact: true }).selectOption({ label: 'Reeshof' });
      await form.getByRole('button', { name: 'Uitnodigen' }).click();
      await page.getByText(`De uitnodiging voor ${member.email} staat klaar`).first().waitFor({ state: 'visible' });
      const row = page.getByRole('row', { name: new RegExp(member.email.replace(/[.]/g, '\\.')) });
      await poll(() => row.innerText()).toMatch(/openstaand/i);
      await signOut(page);

      // the invited person signs up with that address and confirms it with the link from the mail
      await navigateInApp(page, '/registreren');
      await page.getByLabel(NAME_LABEL, { exact: true }).fill(member.name);
      await page.getByLabel(EMAIL_LABEL, { exact: true }).fill(member.email);
      await page.getByLabel(PASSWORD_LABEL, { exact: true }).fill(member.password);
      await page.getByRole('button', { name: /account maken|registreren/i }).click();
      await page.getByRole('heading', { name: /bevestig je e-mailadres/i }).waitFor({ state: 'visible' });
      await poll(() => page.getByText(member.email).count()).toBeGreaterThan(0);
      expect(await header(page).getByText(member.name).count(), 'nog niet ingelogd vóór de bevestiging').toBe(0);
      await expectNoAxeViolations(page, 'registreren: bevestigingsmail verstuurd');
      const mail = page.getByRole('region', { name: /voorbeeld-e-mail/i });
      const link = await mail.getByRole('link', { name: /e-mailadres bevestigen/i }).getAttribute('href');

      // signing in before confirming says what to do, and gives no role
      await navigateInApp(page, '/inloggen');
      await page.getByLabel(EMAIL_LABEL, { exact: true }).fill(member.email);
      await page.getByLabel(PASSWORD_LABEL, { exact: true }).fill(member.password);
      await page.getByRole('button', { name: /^inloggen$/i }).click();
      await page
        .getByText(/nog niet bevestigd/i)
        .first()
        .waitFor({ state: 'visible' });

      await page.goto(link!);
      await waitForSignedIn(page, member.name);
      await poll(() => header(page).innerText()).toMatch(/gebiedsteam reeshof/i);

      await navigateInApp(page, '/documenten/wijkagenda-reeshof');
      await poll(() => mainHeading(page).innerText()).toMatch(/wijkagenda reeshof/i);
      await poll(() => editControls(page).count()).toBeGreaterThan(0);

      // the admin sees the invitation accepted
      await signOut(page);
      await signIn(page, demoAccount('admin'), 'demo-button', '/beheer/uitnodigingen');
      await openConsole(page, '/beheer/uitnodigingen', /uitnodigingen/i);
      await poll(() => row.innerText()).toMatch(/aangenomen/i);
    },
  );

  test('een beheerder verplaatst een wijk naar een ander gebied; de kaarten en de gebiedspagina tonen het', async ({
    page,
  }) => {
    // Stokhasselt (WK085542) belongs to Noord; it goes to Oud-Noord
    const wijk = 'Stokhasselt';
    await openRoute(page, '/gebied/oud-noord');
    const wijkenOfOudNoord = wijkenSection(page);
    await poll(() => wijkenOfOudNoord.innerText()).toMatch(/goirke/i);
    expect(await wijkenOfOudNoord.innerText()).not.toMatch(new RegExp(wijk));

    await signIn(page, demoAccount('admin'), 'demo-button', '/beheer/wijken');
    await openConsole(page, '/beheer/wijken', /wijken/i);
    await expectNoAxeViolations(page, '/beheer/wijken');
    const shape = districtOnMap(page, wijk);
    await poll(() => shape.getAttribute('aria-label')).toMatch(/gebied noord$/i);

    // choose the wijk on the map by keyboard, move it in the panel beside the map
    await shape.focus();
    await page.keyboard.press('Enter');
    // the panel is named by its heading, the chosen wijk
    const selected = page.getByRole('region', { name: new RegExp(`^${wijk}`) });
    await selected.waitFor({ state: 'visible' });
    await selected.getByLabel(`Nieuw gebied voor ${wijk}`).selectOption({ label: 'Oud-Noord' });
    await selected.getByRole('button', { name: 'Verplaatsen' }).click();
    await page.getByText(`${wijk} hoort nu bij gebied Oud-Noord.`).first().waitFor({ state: 'visible' });
    await poll(() => shape.getAttribute('aria-label')).toMatch(/gebied oud-noord$/i);

    // the area page and the home map follow at once
    await navigateInApp(page, '/gebied/oud-noord');
    await poll(() => wijkenSection(page).innerText()).toMatch(new RegExp(wijk));
    await navigateInApp(page, '/gebied/noord');
    await poll(() => wijkenSection(page).innerText()).toMatch(/heikant/i);
    expect(await wijkenSection(page).innerText()).not.toMatch(new RegExp(wijk));
  });

  test('wie geen beheerder is, kan het beheer niet gebruiken', async ({ page }) => {
    await signIn(page, demoAccount('area-team'));
    expect(await header(page).getByRole('link', { name: 'Beheer', exact: true }).count()).toBe(0);
    await navigateInApp(page, '/beheer/mensen');
    await poll(() => page.locator('main').innerText()).toMatch(/alleen voor beheerders/i);
    expect(await page.getByRole('textbox', { name: /zoek op naam/i }).count()).toBe(0);
  });
});

const SCREENS = [
  { path: '/beheer', heading: /^beheer$/i },
  { path: '/beheer/mensen', heading: /mensen en rollen/i },
  { path: '/beheer/uitnodigingen', heading: /uitnodigingen/i },
  { path: '/beheer/raden', heading: /raden/i },
  { path: '/beheer/gebieden', heading: /gebieden/i },
  { path: '/beheer/themas', heading: /thema/i },
  { path: '/beheer/documenten', heading: /documenten/i },
  { path: '/beheer/cijfers', heading: /cijfers laden/i },
];

describe('toegankelijkheid van het beheer (axe, WCAG 2.1 AA)', () => {
  test('alle schermen van het beheer', { timeout: 180_000 }, async ({ page }) => {
    await signIn(page, demoAccount('admin'));
    for (const screen of SCREENS) {
      await openConsole(page, screen.path, screen.heading);
      // wait until the screen shows its data, not its loading text
      await poll(() => page.locator('main').innerText()).not.toMatch(/laden…/);
      await expectNoAxeViolations(page, screen.path);
    }
  });
});
