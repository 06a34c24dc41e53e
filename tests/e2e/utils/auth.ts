// Demo accounts of supabase/seed.sql (docs/api.md) and signing in/out through the UI.
import type { Page } from 'playwright-core';
import { header, navigateInApp } from './app';
import { APP_READY_TIMEOUT } from './context';

export const DEMO_PASSWORD = 'demo-wachtwoord';

/** Labels of the sign-in and sign-up fields (exact, so "Inloggen met wachtwoord" is not mistaken for a field). */
export const EMAIL_LABEL = 'E-mailadres';
export const PASSWORD_LABEL = 'Wachtwoord';
export const NAME_LABEL = 'Naam';

export type DemoAccount = { key: string; name: string; email: string; roleLabel: RegExp };

/** `roleLabel` is how the header names the role; loose on wording, strict on the role. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    key: 'area-team',
    name: 'Fatima El Amrani',
    email: 'team.noord@demo.agendakaart.nl',
    roleLabel: /gebiedsteam noord/i,
  },
  {
    key: 'area-team-2',
    name: 'Daan Bakker',
    email: 'team.noord.2@demo.agendakaart.nl',
    roleLabel: /gebiedsteam noord/i,
  },
  {
    key: 'council',
    name: 'Joost van Dijk',
    email: 'wijkraad.heyhoef@demo.agendakaart.nl',
    roleLabel: /wijkraad heyhoef/i,
  },
  { key: 'resident', name: 'Sanne de Vries', email: 'bewoner@demo.agendakaart.nl', roleLabel: /bewoner|inwoner/i },
  { key: 'admin', name: 'Mark Jansen', email: 'beheer@demo.agendakaart.nl', roleLabel: /beheer/i },
];

export function demoAccount(key: string): DemoAccount {
  const account = DEMO_ACCOUNTS.find((a) => a.key === key);
  if (!account) throw new Error(`onbekend demo-account in test: ${key}`);
  return account;
}

/** Signs in on /inloggen with the demo button ("Inloggen als <naam>") or with "In dit tabblad" (that tab's session
 *  stays in that tab; the other tabs of the browser keep theirs). Without "In dit
 *  tabblad" a sign-in is shared by every tab of the browser (localStorage, as supabase-js does by default).
 *  When the page already shows the app, it goes to /inloggen inside the app, as a person clicking "Inloggen" does
 *  (no page load: the local database stays open); a fresh page opens /inloggen. Afterwards the app is on `to` (as
 *  after "Inloggen" in the header of that page), else on the map, with the person's name in the header. */
export async function signIn(
  page: Page,
  account: DemoAccount,
  via: 'demo-button' | 'this-tab' = 'demo-button',
  to?: string,
): Promise<void> {
  await navigateInApp(page, to ? `/inloggen?terug=${encodeURIComponent(to)}` : '/inloggen');
  if (via === 'demo-button') {
    // exact: "In dit tabblad inloggen als <naam>" contains this name too
    await page.getByRole('button', { name: `Inloggen als ${account.name}`, exact: true }).click();
  } else {
    await page.getByRole('button', { name: `In dit tabblad inloggen als ${account.name}`, exact: true }).click();
  }
  await waitForSignedIn(page, account.name);
  // and the sign-in page has sent the person on, so a next step does not race its navigation
  await page.waitForURL((url) => url.pathname !== '/inloggen', { timeout: APP_READY_TIMEOUT });
}

export async function waitForSignedIn(page: Page, name: string): Promise<void> {
  try {
    // the first sign-in of a fresh browser profile waits for the local database to boot, like the first screen
    await header(page).getByText(name).first().waitFor({ state: 'visible', timeout: APP_READY_TIMEOUT });
  } catch (e) {
    const alert = await page
      .getByRole('alert')
      .allInnerTexts()
      .catch(() => []);
    throw new Error(
      `Na inloggen staat "${name}" niet in de kop (role=banner) op ${page.url()}.` +
        (alert.length ? ` Melding: ${alert.join(' | ')}` : ''),
      { cause: e },
    );
  }
}

/** Waits until the header (role=banner) shows the role; fails with the header's full text. */
export async function expectHeaderRole(page: Page, role: RegExp): Promise<void> {
  try {
    await header(page).filter({ hasText: role }).waitFor({ state: 'visible', timeout: 15_000 });
  } catch (e) {
    const text = await header(page)
      .innerText()
      .catch(() => '');
    throw new Error(
      `De kop (role=banner) toont de rol ${String(role)} niet. Tekst van de kop: ${JSON.stringify(text)}`,
      { cause: e },
    );
  }
}

export async function signOut(page: Page): Promise<void> {
  await header(page)
    .getByRole('button', { name: /uitloggen/i })
    .click();
  await header(page)
    .getByRole('link', { name: /inloggen/i })
    .waitFor({ state: 'visible' });
}
