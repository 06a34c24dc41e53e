// Journeys for accounts: every demo account signs in and sees its role in the header, signing out works,
// signing in with e-mail and password works (signing up: accounts.e2e.ts). One visitor's tab, as one person trying
// the accounts one after another: each test signs out again, so the next starts as a visitor.
import { describe } from 'vitest';
import { header, mainHeading, navigateInApp } from './utils/app';
import {
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  EMAIL_LABEL,
  PASSWORD_LABEL,
  demoAccount,
  expectHeaderRole,
  signIn,
  signOut,
} from './utils/auth';
import { expect, test } from './utils/test';

describe('inloggen met de demo-accounts', () => {
  test.for(DEMO_ACCOUNTS)(
    '$key ($name) logt in, ziet de rol in de kop en logt uit',
    async (account, { visitorPage: page }) => {
      await signIn(page, account, 'demo-button');
      await expectHeaderRole(page, account.roleLabel);

      await signOut(page);
      const banner = header(page);
      expect(await banner.getByText(account.name).count(), 'naam verdwenen uit de kop na uitloggen').toBe(0);
      await expect.poll(() => banner.getByRole('link', { name: /inloggen/i }).count()).toBeGreaterThan(0);
    },
  );

  test('een verkeerd wachtwoord geeft een melding en logt niet in', async ({ visitorPage: page }) => {
    const resident = demoAccount('resident');
    await navigateInApp(page, '/inloggen');
    await page.getByLabel(EMAIL_LABEL, { exact: true }).fill(resident.email);
    await page.getByLabel(PASSWORD_LABEL, { exact: true }).fill(`${DEMO_PASSWORD}-fout`);
    await page.getByRole('button', { name: /^inloggen$/i }).click();
    await page.getByRole('alert').first().waitFor({ state: 'visible' });
    expect(await header(page).getByText(resident.name).count()).toBe(0);
  });

  test('inloggen met e-mailadres en wachtwoord via "Inloggen" in de kop brengt je terug op de pagina', async ({
    visitorPage: page,
  }) => {
    const resident = demoAccount('resident');
    await navigateInApp(page, '/documenten/wijkagenda-noord?versie=1');
    await header(page).getByRole('link', { name: 'Inloggen', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/inloggen');
    await page.getByLabel(EMAIL_LABEL, { exact: true }).fill(resident.email);
    await page.getByLabel(PASSWORD_LABEL, { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: /^inloggen$/i }).click();
    await expectHeaderRole(page, resident.roleLabel);
    await page.waitForURL((url) => url.pathname + url.search === '/documenten/wijkagenda-noord?versie=1');
    await expect.poll(() => mainHeading(page).innerText()).toMatch(/wijkagenda noord/i);
    await signOut(page);
  });
});
