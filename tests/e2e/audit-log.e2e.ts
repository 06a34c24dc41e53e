// The audit log (issue 6): a change by the area team shows up in the admin's log with who, what, before and after;
// the filter lives in the URL; other roles are told the log is for admins; axe finds nothing.
import { describe } from 'vitest';
import { header, mainHeading, navigateInApp } from './utils/app';
import { demoAccount, signIn, signOut } from './utils/auth';
import { expectNoAxeViolations } from './utils/axe';
import { expect, screenshot, test } from './utils/test';

describe('logboek voor beheerders', () => {
  test('een wijziging door het gebiedsteam staat in het logboek met wie, wat, ervoor en erna', async ({ page }) => {
    const newText = `Noord werkt samen aan groen en ontmoeting (${Date.now().toString(36)}).`;
    await signIn(page, demoAccount('area-team'), 'demo-button', '/gebied/noord');
    await navigateInApp(page, '/gebied/noord');
    await page.getByRole('button', { name: /beschrijving (bewerken|toevoegen)/i }).click();
    await page.getByLabel('Beschrijving van het gebied').fill(newText);
    await page.getByRole('button', { name: /^opslaan$/i }).click();
    await page.getByText(newText).first().waitFor({ state: 'visible' });
    await signOut(page);

    await signIn(page, demoAccount('admin'));
    await header(page).getByRole('link', { name: 'Logboek' }).click();
    await expect.poll(() => mainHeading(page).innerText()).toMatch(/logboek/i);
    await page.getByLabel('Soort wijziging').selectOption({ label: 'Gebieden' });
    await expect.poll(() => new URL(page.url()).search).toBe('?soort=area');

    const first = page
      .getByRole('list', { name: /wijziging/ })
      .getByRole('listitem')
      .first();
    await expect.poll(() => first.innerText()).toMatch(/Fatima El Amrani wijzigde gebied „Noord”/);
    await first.getByText(/veld(en)? bekijken/).click();
    const row = first.getByRole('row', { name: /description/ });
    expect(await row.innerText()).toContain(newText);
    await screenshot(page, 'logboek--beheerder-gebieden');
    await expectNoAxeViolations(page, 'logboek (/beheer/logboek?soort=area), beheerder');
  });

  test('een bewoner krijgt te horen dat het logboek alleen voor beheerders is', async ({ page }) => {
    await signIn(page, demoAccount('resident'));
    expect(await header(page).getByRole('link', { name: 'Logboek' }).count()).toBe(0);
    await navigateInApp(page, '/beheer/logboek');
    await page.getByText('Het logboek is alleen voor beheerders.').waitFor({ state: 'visible' });
    await expectNoAxeViolations(page, 'logboek (/beheer/logboek), bewoner');
  });
});
