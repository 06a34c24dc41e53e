// Journeys of accounts as a production deployment has them: a forgotten password reset by the link in the mail (and
// that link working only once), the profile page, and staying signed in in a new tab (sign-up with e-mail
// confirmation: admin.e2e.ts, where an invited person signs up). The embedded backend sends no mail: it shows the mail it would have sent ("Voorbeeld-e-mail") with its link.
import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import { header, mainHeading, navigateInApp, openRoute } from './utils/app';
import {
  DEMO_PASSWORD,
  EMAIL_LABEL,
  NAME_LABEL,
  PASSWORD_LABEL,
  demoAccount,
  signIn,
  signOut,
  waitForSignedIn,
} from './utils/auth';
import { expectNoAxeViolations } from './utils/axe';
import { expect, test } from './utils/test';

/** The example mail the embedded backend shows instead of sending it, and the href of its link. */
async function mailLink(page: Page, linkName: RegExp): Promise<string> {
  const outbox = page.getByRole('region', { name: /voorbeeld-e-mail/i });
  const link = outbox.getByRole('link', { name: linkName }).first();
  await link.waitFor({ state: 'visible' });
  const href = await link.getAttribute('href');
  if (!href) throw new Error('De voorbeeld-e-mail heeft een link zonder href.');
  return href;
}

/** expect.poll with room for a slow machine (its default is 1 s): following a mail link loads the app anew. */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 30_000 });

async function signInWithForm(page: Page, email: string, password: string): Promise<void> {
  await navigateInApp(page, '/inloggen');
  await page.getByLabel(EMAIL_LABEL, { exact: true }).fill(email);
  await page.getByLabel(PASSWORD_LABEL, { exact: true }).fill(password);
  await page.getByRole('button', { name: /^inloggen$/i }).click();
}

describe('wachtwoord vergeten', () => {
  test('een bewoner herstelt het wachtwoord met de link uit de mail; de link werkt één keer', async ({ page }) => {
    const resident = demoAccount('resident');
    const newPassword = 'nieuw-wachtwoord-42';

    await openRoute(page, '/inloggen');
    await page.getByRole('link', { name: /wachtwoord vergeten/i }).click();
    await poll(() => mainHeading(page).innerText()).toMatch(/wachtwoord vergeten/i);
    await expectNoAxeViolations(page, '/wachtwoord-vergeten');
    await page.getByLabel(EMAIL_LABEL, { exact: true }).fill(resident.email);
    await page.getByRole('button', { name: /stuur de link/i }).click();
    await page.getByText(/als er een account is met het adres/i).waitFor({ state: 'visible' });

    const link = await mailLink(page, /nieuw wachtwoord instellen/i);
    await page.goto(link);
    await poll(() => mainHeading(page).innerText()).toMatch(/nieuw wachtwoord/i);
    await expectNoAxeViolations(page, '/wachtwoord-herstellen');
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(newPassword);
    await page.getByLabel('Herhaal het nieuwe wachtwoord', { exact: true }).fill(newPassword);
    await page.getByRole('button', { name: /wachtwoord opslaan/i }).click();
    await waitForSignedIn(page, resident.name);

    // the old password no longer works, the new one does
    await signOut(page);
    await signInWithForm(page, resident.email, DEMO_PASSWORD);
    await page.getByRole('alert').first().waitFor({ state: 'visible' });
    expect(await header(page).getByText(resident.name).count()).toBe(0);
    await signInWithForm(page, resident.email, newPassword);
    await waitForSignedIn(page, resident.name);

    // the same link a second time: used up, with a way to ask for a new one
    await signOut(page);
    await page.goto(link);
    await page.getByRole('heading', { name: /werkt niet meer/i }).waitFor({ state: 'visible' });
    await expectNoAxeViolations(page, '/auth/bevestigen met een gebruikte link');
    expect(await header(page).getByText(resident.name).count(), 'een gebruikte link logt niet in').toBe(0);
  });
});

describe('profiel en ingelogd blijven', () => {
  test('een bewoner wijzigt de naam op het profiel en blijft ingelogd in een nieuw tabblad', async ({
    page,
    context,
  }) => {
    const resident = demoAccount('resident');
    await signIn(page, resident);
    await header(page)
      .getByRole('link', { name: /mijn profiel/i })
      .first()
      .click();
    await poll(() => mainHeading(page).innerText()).toMatch(/mijn profiel/i);
    await expectNoAxeViolations(page, '/profiel');

    const newName = 'Sanne de Vries-Bakker';
    const name = page.getByRole('textbox', { name: NAME_LABEL, exact: true });
    await name.fill(newName);
    await page.getByRole('button', { name: /naam opslaan/i }).click();
    await waitForSignedIn(page, newName);

    const other = await context.newPage();
    await openRoute(other, '/');
    await waitForSignedIn(other, newName);
    await other.close();
  });
});
