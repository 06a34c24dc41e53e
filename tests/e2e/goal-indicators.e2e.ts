// Vision goals with indicators (issue 14), in one short journey: the Noord area team starts a new version of the
// Gebiedsvisie Noord, measures a goal by a CBS figure (its baseline from the data) with a target, and opens the
// consultation; the indicator shows under the goal, on the area page and next to the plan actions that serve the goal;
// the council member reads it in the consultation. The rules per role: tests/db/indicators-goals.test.ts.
import type { Locator, Page } from 'playwright-core';
import { describe } from 'vitest';
import { mainHeading, navigateInApp } from './utils/app';
import { expectNoAxeViolations } from './utils/axe';
import { demoAccount, signIn, signOut } from './utils/auth';
import { expect, screenshot, test } from './utils/test';

const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 30_000 });
const text = (l: Locator) => () => l.innerText().catch(() => '');
const GOAL = 'Ieder kind in Noord krijgt een goede start';
const FIGURE = 'Huishoudens onder of rond het sociaal minimum (aandeel)';
// the baseline of Noord in 2023 (CBS 85618NED), weighted by households; the target is the team's
const MEASURED = /Nulmeting 2023: \d+,\d%[\s\S]*streefwaarde 2035: 8%[\s\S]*2023 · Bron: CBS/;

async function openDocument(page: Page, slug: string, title: RegExp): Promise<void> {
  await navigateInApp(page, `/documenten/${slug}`);
  await poll(() => mainHeading(page).innerText()).toMatch(title);
}

describe('doelen met indicatoren', { timeout: 300_000 }, () => {
  test('het gebiedsteam meet een doel van de Gebiedsvisie Noord; de wijkraad ziet het in de consultatie', async ({
    page,
  }) => {
    await signIn(page, demoAccount('area-team'), 'demo-button', '/documenten/gebiedsvisie-noord');
    await openDocument(page, 'gebiedsvisie-noord', /gebiedsvisie noord/i);
    await page.getByRole('button', { name: 'Nieuwe versie starten' }).click();
    await poll(text(page.locator('header.document-header'))).toMatch(/Versie 2/);

    const goal = page.getByRole('article', { name: GOAL });
    await goal.getByRole('button', { name: `Indicator toevoegen aan ‘${GOAL}’` }).click();
    const form = page.getByRole('form', { name: `Nieuwe indicator bij ‘${GOAL}’` });
    await form.getByLabel('CBS-cijfer', { exact: true }).selectOption({ label: FIGURE });
    await form.getByLabel('Streefwaarde', { exact: true }).fill('8');
    await form.getByLabel('Streefjaar', { exact: true }).fill('35');
    await form.getByRole('button', { name: 'Indicator opslaan' }).click();
    // a clear message at the field, the focus on it, and nothing typed lost
    await poll(() => form.getByLabel('Streefjaar', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await form.innerText()).toMatch(/Typ een jaar van vier cijfers/);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('inputmode'))).toBe('numeric');
    expect(await form.getByLabel('Streefwaarde', { exact: true }).inputValue()).toBe('8');
    await expectNoAxeViolations(page, 'indicatorformulier met een fout');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2035');
    await page.keyboard.press('Enter');
    await poll(text(goal)).toMatch(MEASURED);
    await screenshot(page, 'goal-indicators--visie');

    await page.getByRole('button', { name: 'Consultatie openen' }).click();
    await poll(text(page.locator('header.document-header'))).toMatch(/Consultatie/);
    await expectNoAxeViolations(page, 'gebiedsvisie noord met een gemeten doel');

    await navigateInApp(page, '/gebied/noord');
    const goals = page.getByRole('region', { name: 'Doelen met indicatoren' });
    await poll(text(goals)).toMatch(new RegExp(`${GOAL}[\\s\\S]*${MEASURED.source}`));
    await screenshot(page, 'goal-indicators--gebied');

    await openDocument(page, 'uitvoeringsplan-noord-2026-2027', /uitvoeringsplan noord 2026/i);
    const action = page.getByRole('article', { name: 'Avondprogramma voor jongeren in Stokhasselt' });
    await poll(text(action)).toMatch(new RegExp(`Moet bijdragen aan[\\s\\S]*${GOAL}[\\s\\S]*${MEASURED.source}`));
    await screenshot(page, 'goal-indicators--plan');

    await signOut(page);
    await signIn(page, demoAccount('council'), 'demo-button', '/documenten/gebiedsvisie-noord');
    await openDocument(page, 'gebiedsvisie-noord', /gebiedsvisie noord/i);
    const seen = page.getByRole('article', { name: GOAL });
    await poll(text(seen)).toMatch(MEASURED);
    // (what the team's session had cached is refetched for his)
    await poll(() => seen.getByRole('button', { name: /Indicator toevoegen/ }).count()).toBe(0);
    await expectNoAxeViolations(page, 'gebiedsvisie noord in consultatie, als wijkraad');
  });
});
