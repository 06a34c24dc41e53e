// Journeys for residents' initiatives: proposing by mouse on the map and by keyboard without the map (with the
// draft kept over a reload and Dutch errors next to the fields), the area team adopting it into an agenda item and
// a plan action, and the resident following the status and the chain. One browser context is one database
// (PGlite in IndexedDB), so each journey switches accounts within its own context.
import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import { areaBySlug, areaShape, header, navigateInApp, pointInside, waitForAreaShapes } from './utils/app';
import { demoAccount, signIn, signOut } from './utils/auth';
import { expectNoAxeViolations } from './utils/axe';
import { expect, screenshot, test } from './utils/test';

const DESCRIPTION = 'Een moestuin voor de buurt waar kinderen leren hoe groente groeit, met een bank in de schaduw.';

/** Signs in and is then on `to` (as after "Inloggen" in the header of that page). */
async function signInAs(page: Page, key: string, to?: string): Promise<void> {
  await signIn(page, demoAccount(key), 'demo-button', to);
}

async function fieldError(page: Page, label: string): Promise<string> {
  const field = page.getByLabel(label, { exact: true });
  const describedBy = await field.getAttribute('aria-describedby');
  if (!describedBy) return '';
  return page.locator(`[id="${describedBy}"]`).innerText();
}

async function openProposeForm(page: Page): Promise<void> {
  await navigateInApp(page, '/initiatieven');
  await page.getByRole('link', { name: 'Stel een initiatief voor' }).click();
  await page.getByRole('heading', { level: 1, name: 'Initiatief voorstellen' }).waitFor();
}

/** Tabs until the element matching `isTarget` has focus; fails with the focus path. */
async function tabTo(page: Page, what: string, isTarget: () => boolean): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(isTarget)) return;
    seen.push(
      await page.evaluate(() => {
        const el = document.activeElement;
        return `${el?.tagName.toLowerCase()}:${(el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim().slice(0, 30)}`;
      }),
    );
  }
  throw new Error(`met Tab ${what} niet bereikt; focus ging langs: ${seen.join(' → ')}`);
}

async function expectDetail(page: Page, title: string): Promise<void> {
  await page.waitForURL(/\/initiatieven\?initiatief=/);
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

async function moveStatus(page: Page, status: string, explanation: string, link?: { label: string; option: RegExp }) {
  const triage = page.getByRole('form', { name: 'Volgende stap (gebiedsteam)' });
  await triage.getByLabel('Nieuwe status').selectOption({ label: status });
  if (link) {
    const select = triage.getByLabel(link.label);
    const options = await select.locator('option').allInnerTexts();
    const match = options.find((o) => !o.startsWith('Kies') && link.option.test(o));
    expect(match, `een keuze die past bij ${String(link.option)} in ${options.join(' | ')}`).toBeTruthy();
    await select.selectOption({ label: match! });
  }
  await triage.getByLabel(/Toelichting|Reden/).fill(explanation);
  // the previous step may still be saving (the button is busy until it is)
  await triage.getByRole('button', { name: 'Status wijzigen' }).click({ timeout: 60_000 });
  await page.locator('.initiative-detail__meta').getByText(status, { exact: true }).waitFor({ timeout: 30_000 });
}

describe('bewonersinitiatieven', () => {
  test(
    'een bewoner stelt met de muis op de kaart voor; het concept overleeft een herlaadbeurt',
    { timeout: 240_000 },
    async ({ page }) => {
      await signInAs(page, 'resident', '/initiatieven');
      await openProposeForm(page);
      await waitForAreaShapes(page);

      // submitting empty: Dutch messages next to the fields, nothing sent
      await page.getByRole('button', { name: 'Initiatief indienen' }).click();
      await expect.poll(() => fieldError(page, 'Titel')).toMatch(/titel is minstens 5 tekens/i);
      expect(await fieldError(page, 'Beschrijving')).toMatch(/beschrijving is minstens 20 tekens/i);
      expect(await fieldError(page, 'Thema')).toMatch(/kies een thema/i);
      await screenshot(page, 'initiatives--fouten-naast-velden');

      await page.getByLabel('Titel', { exact: true }).fill('Moestuin aan de Bredaseweg');
      await page.getByLabel('Beschrijving', { exact: true }).fill(DESCRIPTION);
      const noord = await areaShape(page, areaBySlug('noord'));
      const { x, y } = await pointInside(noord);
      await page.mouse.click(x, y);
      await page.getByText(/Speld geplaatst op/).waitFor();
      expect(page.url(), 'een klik op de kaart tijdens het voorstellen opent geen gebied').toMatch(
        /\/initiatieven\/nieuw$/,
      );

      // the draft (text and pin) survives a reload
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Initiatief voorstellen' }).waitFor();
      await expect
        .poll(() => page.getByLabel('Titel', { exact: true }).inputValue())
        .toBe('Moestuin aan de Bredaseweg');
      expect(await page.getByLabel('Beschrijving', { exact: true }).inputValue()).toBe(DESCRIPTION);
      await page.getByText(/Speld geplaatst op/).waitFor();

      await page.getByLabel('Thema', { exact: true }).selectOption({ index: 1 });
      await page.getByRole('button', { name: 'Initiatief indienen' }).click();
      await expectDetail(page, 'Moestuin aan de Bredaseweg');
      const meta = await page.locator('.initiative-detail__meta').innerText();
      expect(meta, 'status, wijk en gebied afgeleid uit de plek').toMatch(/Ingediend/);
      expect(meta).toMatch(/Noord/);
      await expect.poll(() => page.locator('.leaflet-marker-icon.initiative-pin--selected').count()).toBe(1);
      await screenshot(page, 'initiatives--voorgesteld-met-muis');

      // the draft is gone once submitted
      await navigateInApp(page, '/initiatieven/nieuw');
      await page.getByRole('heading', { level: 1, name: 'Initiatief voorstellen' }).waitFor();
      expect(await page.getByLabel('Titel', { exact: true }).inputValue()).toBe('');
    },
  );

  test(
    'een bewoner stelt met het toetsenbord voor zonder kaart: wijk uit de lijst en een beschrijving van de plek',
    { timeout: 240_000 },
    async ({ page }) => {
      await signInAs(page, 'resident', '/initiatieven');
      await navigateInApp(page, '/initiatieven');
      // the page shows before the local database has said who is signed in; then the link appears
      await page.getByRole('link', { name: 'Stel een initiatief voor' }).waitFor({ timeout: 60_000 });
      await tabTo(
        page,
        'de link "Stel een initiatief voor"',
        () =>
          document.activeElement?.tagName === 'A' && document.activeElement.textContent === 'Stel een initiatief voor',
      );
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Initiatief voorstellen' }).waitFor();

      await tabTo(page, 'het veld Titel', () => document.activeElement?.getAttribute('name') === 'title');
      await page.keyboard.type('Zitbankjes bij het Wagnerplein');
      await page.keyboard.press('Tab');
      await page.keyboard.type('Meer plekken om even te zitten voor ouderen die boodschappen doen op het plein.');
      await page.keyboard.press('Tab');
      await page.keyboard.press('ArrowDown'); // the first theme
      await tabTo(
        page,
        'de keuze "Ik kies een wijk"',
        () => (document.activeElement as HTMLInputElement | null)?.type === 'radio',
      );
      await page.keyboard.press('ArrowDown'); // radio group: to "Ik kies een wijk en beschrijf de plek"
      await page.getByLabel('Wijk of dorp', { exact: true }).waitFor();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('districtId');
      await page.keyboard.type('Wandelbos'); // type-ahead in a native select
      await page.keyboard.press('Tab');
      await page.keyboard.type('Wagnerplein, bij de bushalte');
      await page.keyboard.press('Enter'); // in a textarea Enter is a new line: submit with the button instead
      await tabTo(
        page,
        'de knop Initiatief indienen',
        () =>
          document.activeElement?.tagName === 'BUTTON' && document.activeElement.textContent === 'Initiatief indienen',
      );
      await page.keyboard.press('Enter');

      await expectDetail(page, 'Zitbankjes bij het Wagnerplein');
      const meta = await page.locator('.initiative-detail__meta').innerText();
      expect(meta).toMatch(/Wandelbos/);
      expect(await page.locator('.initiative-detail').innerText()).toMatch(/Wagnerplein, bij de bushalte/);
      await screenshot(page, 'initiatives--voorgesteld-met-toetsenbord');
    },
  );

  test(
    'het gebiedsteam neemt het op in een agendapunt en een actie; de bewoner ziet status, melding en keten',
    { timeout: 240_000 },
    async ({ page }) => {
      const title = 'Speeltuin opknappen in Noord';
      await signInAs(page, 'resident', '/initiatieven');
      await openProposeForm(page);
      await page.getByLabel('Titel', { exact: true }).fill(title);
      await page.getByLabel('Beschrijving', { exact: true }).fill(DESCRIPTION);
      await page.getByLabel('Thema', { exact: true }).selectOption({ index: 1 });
      await page.getByLabel('Ik kies een wijk en beschrijf de plek').check();
      await page.getByLabel('Wijk of dorp', { exact: true }).selectOption({ label: 'Stokhasselt' });
      await page.getByLabel('Waar in de wijk? (straat, plein of gebouw)').fill('Speeltuin aan de Baroniestraat');
      await page.getByRole('button', { name: 'Initiatief indienen' }).click();
      await expectDetail(page, title);
      const url = page.url();
      await signOut(page);

      const { pathname, search } = new URL(url);
      await signInAs(page, 'area-team', pathname + search);
      await navigateInApp(page, url);
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await moveStatus(page, 'In behandeling', 'We bekijken het met de wijkraad.');
      await moveStatus(page, 'Opgenomen in de agenda', 'Past in het agendapunt over spelen.', {
        label: 'Agendapunt',
        option: /./,
      });
      await moveStatus(page, 'In uitvoering', 'De gemeente voert het uit in het uitvoeringsplan.', {
        label: 'Actie uit het uitvoeringsplan',
        option: /./,
      });
      await screenshot(page, 'initiatives--gebiedsteam-in-uitvoering');
      await signOut(page);

      await signInAs(page, 'resident');
      await header(page)
        .getByRole('button', { name: /Meldingen/ })
        .click();
      const panel = header(page).locator('.notifications__panel');
      // the resident's notifications load after the sign-in's refetch of everything: give them a busy machine's time
      await expect.poll(() => panel.innerText(), { timeout: 30_000 }).toMatch(/Nieuwe status: In uitvoering/);
      expect(await panel.innerText()).toMatch(/De gemeente voert het uit in het uitvoeringsplan\./);
      await screenshot(page, 'initiatives--meldingen');
      await panel.getByRole('link', { name: title }).first().click();
      await page.getByRole('heading', { level: 1, name: title }).waitFor();

      const chain = page.getByRole('region', { name: 'Van idee tot uitvoering' });
      await chain.getByText('Agendapunt', { exact: true }).waitFor({ timeout: 30_000 });
      const chainText = await chain.innerText();
      expect(chainText).toMatch(/actie in het uitvoeringsplan/i);
      expect(chainText).toMatch(/% klaar/);
      expect(await page.locator('.initiative-detail__meta').innerText()).toMatch(/In uitvoering/);
      expect(await page.getByRole('region', { name: 'Verloop' }).innerText()).toMatch(/Past in het agendapunt/);
      await screenshot(page, 'initiatives--keten');

      // and back: the agenda item in the wijkagenda names the initiative behind it, which links to it
      await chain.getByRole('link').first().click();
      const behind = page
        .getByRole('region', { name: /bewonersinitiatie(f|ven) hierachter/ })
        .filter({ hasText: title });
      await behind.waitFor({ timeout: 30_000 });
      await screenshot(page, 'initiatives--terug-vanuit-agendapunt');
      await behind.getByRole('link', { name: title }).click();
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
    },
  );

  test(
    'een bewoner trekt steun in en steunt opnieuw (één keer), reageert en meldt; afwijzen vraagt een openbare reden',
    { timeout: 240_000 },
    async ({ page }) => {
      await signInAs(page, 'resident', '/initiatieven?gebied=reeshof');
      await navigateInApp(page, '/initiatieven?gebied=reeshof');
      await page.getByRole('link', { name: /Jeu-de-boulesbaan/ }).click();
      await page.getByRole('heading', { level: 1, name: /Jeu-de-boulesbaan/ }).waitFor();
      // the demo resident already supports it (seed): withdraw (the undo), then support again; never twice
      const count = page.locator('.support strong');
      await page.getByRole('button', { name: 'Steun intrekken' }).waitFor();
      const before = Number((await count.innerText()).match(/\d+/)![0]);
      await page.getByRole('button', { name: 'Steun intrekken' }).click();
      await page.getByRole('button', { name: 'Steun dit initiatief' }).waitFor();
      await expect.poll(() => count.innerText(), { timeout: 30_000 }).toContain(String(before - 1));
      await page.getByRole('button', { name: 'Steun dit initiatief' }).click();
      await page.getByRole('button', { name: 'Steun intrekken' }).waitFor();
      await expect.poll(() => count.innerText(), { timeout: 30_000 }).toContain(String(before));
      expect(await page.getByRole('button', { name: 'Steun dit initiatief' }).count(), 'één keer steunen').toBe(0);

      await page.getByRole('button', { name: 'Reactie plaatsen' }).click();
      await expect.poll(() => fieldError(page, 'Jouw reactie')).toMatch(/minstens 2 tekens/);
      await page.getByLabel('Jouw reactie').fill('Goed idee, ik help mee met de aanleg.');
      await page.getByRole('button', { name: 'Reactie plaatsen' }).click();
      await page.getByText('Goed idee, ik help mee met de aanleg.').waitFor();

      await page.getByRole('button', { name: 'Initiatief melden' }).click();
      await page.getByRole('button', { name: 'Ja, melden' }).click();
      await page.getByText('Gemeld. Een beheerder bekijkt het. Dank je wel.').waitFor();
      await screenshot(page, 'initiatives--steunen-reageren-melden');
      await signOut(page);

      // the area team of Reeshof is not Noord: Fatima has no triage here; in Noord, rejecting needs a reason
      await signInAs(page, 'area-team', '/initiatieven?gebied=noord&status=ingediend');
      await navigateInApp(page, '/initiatieven?gebied=noord&status=ingediend');
      await page.getByRole('link', { name: /Bankje bij de bushalte/ }).click();
      const triage = page.getByRole('form', { name: 'Volgende stap (gebiedsteam)' });
      await triage.getByLabel('Nieuwe status').selectOption({ label: 'Afgewezen' });
      await triage.getByRole('button', { name: 'Status wijzigen' }).click();
      await expect
        .poll(() => fieldError(page, 'Reden van afwijzing (openbaar)'), { timeout: 30_000 })
        .toMatch(/Geef een reden/);
      await triage.getByLabel('Reden van afwijzing (openbaar)').fill('Er staat al een bankje op 50 meter.');
      await triage.getByRole('button', { name: 'Status wijzigen' }).click();
      await page.getByText('Reden van afwijzing:').waitFor();
      expect(await page.locator('.initiative-detail').innerText()).toMatch(/Er staat al een bankje op 50 meter\./);
    },
  );

  test('een beheerder beoordeelt een gemeld initiatief en herstelt het', { timeout: 240_000 }, async ({ page }) => {
    await signInAs(page, 'resident', '/initiatieven?gebied=reeshof');
    await navigateInApp(page, '/initiatieven?gebied=reeshof');
    await page.getByRole('link', { name: /Jeu-de-boulesbaan/ }).click();
    await page.getByRole('button', { name: 'Initiatief melden' }).click();
    await page.getByRole('button', { name: 'Ja, melden' }).click();
    await page.getByText('Gemeld. Een beheerder bekijkt het. Dank je wel.').waitFor();
    await signOut(page);

    await signIn(page, demoAccount('admin'));
    await header(page).getByRole('link', { name: 'Meldingen beoordelen', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Meldingen beoordelen' }).waitFor();
    const item = page.locator('.moderation-queue__item').filter({ hasText: /Jeu-de-boulesbaan/ });
    await item.waitFor({ timeout: 30_000 });
    expect(await item.innerText()).toMatch(/1 melding/);
    await screenshot(page, 'initiatives--meldingen-beoordelen');
    await expectNoAxeViolations(page, 'meldingen beoordelen (/beheer/meldingen), beheerder');
    await item.getByRole('button', { name: 'Herstellen' }).click();
    await expect.poll(() => item.count(), { timeout: 30_000 }).toBe(0);
  });
});
