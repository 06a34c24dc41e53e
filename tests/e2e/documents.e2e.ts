// Journeys on the document page (issue 3): a visitor reads a wijkagenda; the area team edits items and opens
// consultation; a council member comments; the area team answers officially.
//
// Which seeded documents: team.noord edits the concept "Uitvoeringsplan Noord 2028-2029" (the only concept the
// Noord team has) and the Wijkagenda Noord v2 (in consultatie, still editable). Wijkraad Heyhoef is a council in
// Reeshof, so it comments on Wijkagenda Reeshof v2 (in consultatie, covers Heyhoef). Reeshof has no area-team
// account in the seed: the gemeente's admin (beheer@) answers there, as the seed itself does.
import type { Locator, Page } from 'playwright-core';
import { describe } from 'vitest';
import { mainHeading, navigateInApp } from './utils/app';
import { demoAccount, signIn, signOut } from './utils/auth';
import { expect, screenshot, test } from './utils/test';

/** Opens the document: inside the app when it is open on the page (as a person clicks through), else a page load. */
async function openDocument(page: Page, slug: string, title: RegExp): Promise<void> {
  await navigateInApp(page, `/documenten/${slug}`);
  await poll(() => mainHeading(page).innerText(), { timeout: 30_000 }).toMatch(title);
}

/** expect.poll with room for a slow machine (its default is 1 s): the embedded database answers in the page. */
const poll = <T>(fn: () => T | Promise<T>, options?: { timeout: number }) =>
  expect.poll(fn, { timeout: options?.timeout ?? 20_000 });

const entry = (page: Page, title: string | RegExp): Locator => page.getByRole('article', { name: title });
const documentHeader = (page: Page): Locator => page.locator('header.document-header');
/** The locator's text, '' while it is not there; a locator that matches several elements is a test bug and says so. */
const text = (l: Locator) => () =>
  l.innerText().catch((e: unknown) => {
    if (/strict mode violation/.test(String(e))) throw e;
    return '';
  });
/** A document in the area page's lists, with its status and open-comment badges. */
const agendaListItem = (page: Page, title: RegExp): Locator =>
  // within the agendas' section: the places list further down links to the same agenda (and loads at its own pace)
  page
    .getByRole('region', { name: /wijk- (en|of) dorpsagenda/i })
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: title }) });

async function entryTitles(page: Page, section: string): Promise<string[]> {
  return page
    .getByRole('region', { name: section })
    .getByRole('article')
    .evaluateAll((els) =>
      els.map((el) => document.getElementById(el.getAttribute('aria-labelledby') ?? '')?.textContent ?? ''),
    );
}

describe('documentpagina', () => {
  test('een bezoeker opent de wijkagenda vanaf de gebiedspagina en leest punten, status en reacties', async ({
    visitorPage: page,
  }) => {
    await navigateInApp(page, '/gebied/noord');
    await page
      .getByRole('link', { name: /wijkagenda noord/i })
      .first()
      .click();
    await page.waitForURL('**/documenten/wijkagenda-noord');
    await poll(() => mainHeading(page).innerText()).toMatch(/wijkagenda noord/i);
    await poll(text(documentHeader(page))).toMatch(/Consultatie/);
    await poll(text(documentHeader(page))).toMatch(/Versie 2/);
    const ouderen = entry(page, 'Een ontmoetingsplek voor ouderen in Quirijnstok');
    await poll(text(ouderen)).toMatch(/Ambitie van bewoners/);
    await poll(text(ouderen)).toMatch(/1 reactie/);
    // a visitor sees no editing tools
    expect(await page.getByRole('button', { name: /bewerken|toevoegen|consultatie/i }).count()).toBe(0);

    // the adopted version 1 is one click away and says it is older
    await page.getByRole('link', { name: /versie 1/i }).click();
    await page.waitForURL('**/documenten/wijkagenda-noord?versie=1');
    await poll(text(documentHeader(page))).toMatch(/Vastgesteld/);
    await poll(() => page.getByRole('note').first().innerText()).toMatch(/oudere versie/i);
    expect(await page.getByLabel('Nieuwe reactie').count()).toBe(0);
    // an item's place on a small map, made when the person opens it
    const square = entry(page, 'Het plein in Quirijnstok vergroenen');
    const squareMap = square.getByRole('region', { name: /^Kaart: plek van/ });
    expect(await squareMap.count()).toBe(0);
    await square.getByText('Toon op de kaart').click();
    await squareMap.locator('path').first().waitFor({ timeout: 15_000 });
    expect((await squareMap.boundingBox())?.height).toBeGreaterThan(100);
    await square.getByText('Toon op de kaart').click();
    await screenshot(page, 'documents--wijkagenda-noord-v1-bezoeker');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'documents--wijkagenda-noord-v1-telefoon');
    await page.setViewportSize({ width: 1280, height: 800 });

    // "Afdrukken" opens the browser's print dialog
    await page.evaluate(() => {
      const w = window as unknown as { printed: number };
      w.printed = 0;
      window.print = () => void w.printed++;
    });
    await page.getByRole('button', { name: 'Afdrukken' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    // on paper: the document with its items and facts, without the site header, buttons or maps
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('banner').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Afdrukken' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Reacties tonen' }).first().isVisible()).toBe(false);
    expect(await mainHeading(page).isVisible()).toBe(true);
    const plein = entry(page, 'Het plein in Quirijnstok vergroenen');
    expect(await plein.isVisible()).toBe(true);
    await poll(text(plein)).toMatch(/Herkomst/);
    await poll(text(plein)).toMatch(/Plek op de kaart: gebied in Quirijnstok/);
    await screenshot(page, 'documents--wijkagenda-noord-v1-afdruk');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  test('een onbekend document toont "niet gevonden"', async ({ visitorPage: page }) => {
    await navigateInApp(page, '/documenten/bestaat-niet');
    await poll(() => mainHeading(page).innerText()).toMatch(/niet gevonden/i);
  });

  test('het gebiedsteam voegt een actie toe, bewerkt, verplaatst en verwijdert en opent de consultatie', async ({
    page,
  }) => {
    await signIn(page, demoAccount('area-team'), 'demo-button', '/documenten/uitvoeringsplan-noord-2028-2029');
    await openDocument(page, 'uitvoeringsplan-noord-2028-2029', /uitvoeringsplan noord 2028/i);
    await poll(text(documentHeader(page))).toMatch(/Concept/);

    // add an action; a wrong end date is refused next to the field and nothing typed is lost
    await page.getByRole('button', { name: /actie toevoegen aan/i }).click();
    const form = page.getByRole('form', { name: 'Nieuwe actie' });
    await form.getByLabel('Titel').fill('Speelplek Heikant opknappen');
    await form.getByLabel('Eigenaar', { exact: true }).fill('Gemeente Tilburg');
    await form.getByLabel('Startdatum').fill('2028-03-01');
    await form.getByLabel('Einddatum').fill('2028-01-01');
    await form.getByLabel('Budget in euro (optioneel)').fill('25000');
    // a place without the map: typed coordinates (in Heikant); a typo is refused next to the field
    await form.getByLabel(/breedtegraad/i).fill('51,58x');
    await form.getByLabel(/lengtegraad/i).fill('5,0818');
    await form.getByRole('button', { name: 'Punt op deze coördinaten zetten' }).click();
    await poll(text(form)).toMatch(/Typ een breedtegraad tussen -90 en 90/);
    await form.getByLabel(/breedtegraad/i).fill('51,5862');
    await form.getByLabel(/breedtegraad/i).press('Enter');
    await poll(text(form)).toMatch(/Gekozen plek: punt op 51\.58620, 5\.08180/);
    // and by keyboard on the map: 50 m to the north
    await form.getByRole('button', { name: '50 m naar het noorden' }).click();
    await poll(text(form)).toMatch(/Gekozen plek: punt op 51\.5866\d, 5\.08180/);
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await poll(text(form)).toMatch(/einddatum ligt voor de startdatum/i);
    expect(await form.getByLabel('Titel').inputValue()).toBe('Speelplek Heikant opknappen');
    await form.getByLabel('Einddatum').fill('2028-09-30');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    const added = entry(page, 'Speelplek Heikant opknappen');
    await poll(text(added)).toMatch(/€\s?25\.000/);
    await poll(text(added)).toMatch(/Gepland/);
    await poll(text(added)).toMatch(/Plek op de kaart: punt in Heikant/);

    // edit it: status and progress
    await added.getByRole('button', { name: /bewerken/i }).click();
    const edit = page.getByRole('form', { name: /speelplek heikant opknappen bewerken/i });
    await edit.getByLabel('Status').selectOption({ label: 'In uitvoering' });
    await edit.getByLabel('Voortgang (%)').fill('40');
    // the place becomes an area: drawn with three clicks on the map, one taken back, then a whole wijk from the list
    await edit.getByRole('radio', { name: 'Vlak (tekenen)' }).check();
    const pickerMap = edit.getByRole('region', { name: 'Kaart om een plek te kiezen' });
    const box = (await pickerMap.boundingBox())!;
    for (const [dx, dy] of [
      [-40, -30],
      [40, -30],
      [0, 40],
    ] as const)
      await page.mouse.click(box.x + box.width / 2 + dx, box.y + box.height / 2 + dy);
    await poll(text(edit)).toMatch(/vlak met 3 hoeken/);
    await edit.getByRole('button', { name: 'Laatste hoek weghalen' }).click();
    await poll(text(edit)).toMatch(/2 van de minstens 3 hoeken/);
    await edit.getByLabel(/kies een hele wijk/i).selectOption({ label: 'Heikant' });
    await poll(text(edit)).toMatch(/Gekozen plek: heel Heikant/);
    await screenshot(page, 'documents--plekkiezer-wijk');
    await edit.getByRole('button', { name: 'Opslaan' }).click();
    await poll(text(added)).toMatch(/In uitvoering/);
    await poll(text(added)).toMatch(/40%/);
    await poll(text(added)).toMatch(/Plek op de kaart: gebied in Heikant/);

    // move it above the first action, by keyboard
    const section = 'Eerste ideeën (voorbeeld)';
    expect(await entryTitles(page, section)).toEqual(['Renovatie Heikant, tweede fase', 'Speelplek Heikant opknappen']);
    await page.getByRole('button', { name: 'Speelplek Heikant opknappen omhoog' }).focus();
    await page.keyboard.press('Enter');
    await poll(() => entryTitles(page, section)).toEqual([
      'Speelplek Heikant opknappen',
      'Renovatie Heikant, tweede fase',
    ]);

    // delete asks first; cancelling keeps it
    await page.getByRole('button', { name: 'Renovatie Heikant, tweede fase verwijderen' }).click();
    await page.getByRole('button', { name: 'Annuleren' }).click();
    expect(await entryTitles(page, section)).toHaveLength(2);
    await page.getByRole('button', { name: 'Renovatie Heikant, tweede fase verwijderen' }).click();
    await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await poll(() => entryTitles(page, section)).toEqual(['Speelplek Heikant opknappen']);
    await screenshot(page, 'documents--plan-concept-bewerkt');

    // open the consultation
    await page.getByRole('button', { name: 'Consultatie openen' }).click();
    await poll(text(documentHeader(page))).toMatch(/Consultatie/);
    await poll(() => page.getByRole('button', { name: 'Vaststellen' }).count()).toBe(1);
  });

  test('het gebiedsteam voegt een agendapunt met plek toe, bewerkt, verplaatst en verwijdert het', async ({ page }) => {
    await signIn(page, demoAccount('area-team'), 'demo-button', '/documenten/wijkagenda-noord');
    await openDocument(page, 'wijkagenda-noord', /wijkagenda noord/i);
    const section = 'Groen, klimaat en ontmoeten (voorbeeld)';
    const before = await entryTitles(page, section);
    await page.getByRole('button', { name: `Agendapunt toevoegen aan ‘${section}’` }).click();
    const form = page.getByRole('form', { name: 'Nieuw agendapunt' });
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await poll(() => form.getByLabel('Titel').getAttribute('aria-invalid')).toBe('true');
    await form.getByLabel('Titel').fill('Een moestuin bij het buurthuis');
    await form.getByLabel('Herkomst').selectOption({ label: 'Ambitie van bewoners' });
    await form.getByLabel('Prioriteit').selectOption({ label: 'Hoog' });
    await form.getByLabel('Trekker').fill('Bewonersgroep Quirijnstok');
    await form.getByLabel(/kies een hele wijk/i).selectOption({ label: 'Quirijnstok' });
    await form.getByRole('button', { name: 'Opslaan' }).click();
    const added = entry(page, 'Een moestuin bij het buurthuis');
    await poll(text(added)).toMatch(/Ambitie van bewoners/);
    await poll(text(added)).toMatch(/Hoog/);
    await poll(text(added)).toMatch(/Bewonersgroep Quirijnstok/);
    await poll(text(added)).toMatch(/Plek op de kaart: gebied in Quirijnstok/);
    expect(await entryTitles(page, section)).toEqual([...before, 'Een moestuin bij het buurthuis']);

    await added.getByRole('button', { name: /bewerken/i }).click();
    const edit = page.getByRole('form', { name: /een moestuin bij het buurthuis bewerken/i });
    await edit.getByLabel('Status').selectOption({ label: 'In uitvoering' });
    await edit.getByRole('button', { name: 'Opslaan' }).click();
    await poll(text(added)).toMatch(/In uitvoering/);

    await page.getByRole('button', { name: 'Een moestuin bij het buurthuis omhoog' }).click();
    const moved = [...before];
    moved.splice(before.length - 1, 0, 'Een moestuin bij het buurthuis');
    await poll(() => entryTitles(page, section)).toEqual(moved);
    await screenshot(page, 'documents--agendapunt-toegevoegd');

    await page.getByRole('button', { name: 'Een moestuin bij het buurthuis verwijderen' }).click();
    await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await poll(() => entryTitles(page, section)).toEqual(before);
  });

  test('in een vastgesteld uitvoeringsplan werkt het gebiedsteam alleen status en voortgang van een actie bij', async ({
    page,
  }) => {
    await signIn(page, demoAccount('area-team'), 'demo-button', '/documenten/uitvoeringsplan-noord-2026-2027');
    await openDocument(page, 'uitvoeringsplan-noord-2026-2027', /uitvoeringsplan noord 2026/i);
    await poll(text(documentHeader(page))).toMatch(/Vastgesteld/);
    const title = 'Schoolroutes verkeersveilig inrichten';
    const action = entry(page, title);
    // adopted: no editing of the text, only the progress
    expect(await action.getByRole('button', { name: /bewerken/i }).count()).toBe(0);
    await action.getByRole('button', { name: `Voortgang van ${title} bijwerken` }).click();
    const form = page.getByRole('form', { name: `Voortgang van ${title} bijwerken` });
    await form.getByLabel('Status').selectOption({ label: 'Gereed' });
    await form.getByLabel('Voortgang (%)').fill('90');
    await poll(text(form)).toMatch(/gereed is, staat op 100% voortgang/);
    await form.getByLabel('Voortgang (%)').fill('100');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await poll(text(action)).toMatch(/Status\s*Gereed/);
    await poll(text(action)).toMatch(/100%/);
    await screenshot(page, 'documents--plan-voortgang');
  });

  // two tabs, both signed in: the slowest journey. The other tab stays open (it may be the database's leader tab).
  test(
    'een gelijktijdige wijziging geeft een duidelijke melding en wat je typte blijft staan',
    { timeout: 180_000 },
    async ({ page, context }) => {
      // both tabs sign in first, each "in dit tabblad" (its own session, as two devices have); the tabs share one
      // database
      await signIn(page, demoAccount('area-team'), 'this-tab');
      const other = await context.newPage();
      await signIn(other, demoAccount('area-team'), 'this-tab');
      await openDocument(page, 'wijkagenda-noord', /wijkagenda noord/i);
      const title = 'Veilige looproutes naar school';
      await entry(page, title)
        .getByRole('button', { name: /bewerken/i })
        .click();
      const form = page.getByRole('form', { name: `${title} bewerken` });
      await form.getByLabel('Titel').fill('Veilige looproutes naar alle scholen');

      // meanwhile a colleague, in another tab, changes the same item
      await openDocument(other, 'wijkagenda-noord', /wijkagenda noord/i);
      await entry(other, title)
        .getByRole('button', { name: /bewerken/i })
        .click();
      const otherForm = other.getByRole('form', { name: `${title} bewerken` });
      await otherForm.getByLabel('Prioriteit').selectOption({ label: 'Hoog' });
      await otherForm.getByRole('button', { name: 'Opslaan' }).click();
      await poll(text(entry(other, title))).toMatch(/Hoog/);

      // the open form hears of the colleague's save at once (realtime), without losing what was typed
      await poll(text(form)).toMatch(/heeft dit intussen gewijzigd/i);
      expect(await form.getByLabel('Titel').inputValue()).toBe('Veilige looproutes naar alle scholen');
      await form.getByRole('button', { name: 'Opslaan' }).click();
      // the save meets the newer version (40001): both versions side by side, one-sided changes taken over
      const merge = form.getByRole('region', { name: 'Iemand anders heeft dit ook gewijzigd' });
      await merge.waitFor({ state: 'visible', timeout: 30_000 });
      await poll(text(merge)).toMatch(/verschillende velden gewijzigd/i);
      await screenshot(page, 'documents--versieconflict');
      await merge.getByRole('button', { name: 'Samengevoegd opslaan' }).click();
      const saved = entry(page, 'Veilige looproutes naar alle scholen');
      await poll(() => saved.count()).toBe(1);
      await poll(text(saved)).toMatch(/Hoog/);
    },
  );

  test('een wijkraadslid reageert op de wijkagenda in consultatie en bewerkt de eigen reactie', async ({ page }) => {
    await signIn(page, demoAccount('council'), 'demo-button', '/gebied/reeshof');
    await navigateInApp(page, '/gebied/reeshof');
    await poll(text(agendaListItem(page, /wijkagenda reeshof/i))).toMatch(/1 reactie wacht op antwoord/);
    await agendaListItem(page, /wijkagenda reeshof/i)
      .getByRole('link', { name: /wijkagenda reeshof/i })
      .click();
    await poll(() => mainHeading(page).innerText()).toMatch(/wijkagenda reeshof/i);
    await poll(text(documentHeader(page))).toMatch(/1 wacht op antwoord/);
    await poll(text(documentHeader(page))).toMatch(/Heyhoef/);

    const item = entry(page, 'Een snelle fietsroute naar station Tilburg Reeshof');
    await item.getByRole('button', { name: 'Reacties tonen' }).click();
    await item.getByLabel('Nieuwe reactie').fill('Graag ook verlichting langs het fietspad bij de vijver.');
    await item.getByRole('button', { name: 'Reactie plaatsen' }).click();
    const mine = item.getByRole('article').filter({ hasText: 'verlichting langs het fietspad' });
    await poll(text(mine)).toMatch(/Wijkraad Heyhoef/);
    await poll(text(mine)).toMatch(/Wacht op antwoord/);
    await poll(text(documentHeader(page))).toMatch(/2 wachten op antwoord/);

    await mine.getByRole('button', { name: 'Reactie bewerken' }).click();
    await item.getByLabel('Je reactie').fill('Graag ook verlichting langs het hele fietspad.');
    await item.getByRole('button', { name: 'Opslaan' }).click();
    await poll(text(item)).toMatch(/langs het hele fietspad.*bewerkt|bewerkt[\s\S]*langs het hele fietspad/);
    await screenshot(page, 'documents--wijkraad-reageert');
  });

  test('het gebiedsteam (hier de gemeente) geeft een officieel antwoord; de reactie is dan niet meer open', async ({
    page,
  }) => {
    await signIn(page, demoAccount('admin'), 'demo-button', '/documenten/wijkagenda-reeshof');
    await openDocument(page, 'wijkagenda-reeshof', /wijkagenda reeshof/i);
    await poll(text(documentHeader(page))).toMatch(/1 wacht op antwoord/);
    const item = entry(page, 'Eenzaamheid onder ouderen verminderen');
    await item.getByRole('button', { name: 'Reacties tonen' }).click();
    await poll(text(item)).toMatch(/Wacht op antwoord/);
    await item.getByRole('button', { name: 'Beantwoorden' }).click();
    await item.getByLabel(/je antwoord aan/i).fill('We vragen ouderen zelf via de huisbezoeken wat zij nodig hebben.');
    expect(await item.getByLabel(/officiële antwoord/i).isChecked()).toBe(true);
    await item.getByRole('button', { name: 'Antwoord plaatsen' }).click();
    await poll(text(item)).toMatch(/Officieel antwoord gebiedsteam/);
    await poll(text(item)).not.toMatch(/Wacht op antwoord/);
    await poll(text(documentHeader(page))).not.toMatch(/wacht op antwoord/);
    await screenshot(page, 'documents--officieel-antwoord');
    // the area page no longer counts it as open either
    await navigateInApp(page, '/gebied/reeshof');
    await poll(() => agendaListItem(page, /wijkagenda reeshof/i).count()).toBe(1);
    expect(await agendaListItem(page, /wijkagenda reeshof/i).innerText()).not.toMatch(/wacht op antwoord/);
  });

  test('bewoners reageren alleen waar het gebiedsteam de reacties voor iedereen heeft opengezet', async ({ page }) => {
    // Wijkagenda Reeshof is in consultatie for the councils only: a resident reads, but cannot comment
    await signIn(page, demoAccount('resident'), 'demo-button', '/documenten/wijkagenda-reeshof');
    await openDocument(page, 'wijkagenda-reeshof', /wijkagenda reeshof/i);
    const eenzaamheid = entry(page, 'Eenzaamheid onder ouderen verminderen');
    await eenzaamheid.getByRole('button', { name: 'Reacties tonen' }).click();
    await poll(text(eenzaamheid)).toMatch(/reageren de wijk- en dorpsraden/);
    expect(await eenzaamheid.getByLabel('Nieuwe reactie').count()).toBe(0);

    // Wijkagenda Noord is open to everyone: the resident comments
    await openDocument(page, 'wijkagenda-noord', /wijkagenda noord/i);
    const plein = entry(page, 'Het plein in Quirijnstok vergroenen');
    await plein.getByRole('button', { name: 'Reacties tonen' }).click();
    await plein.getByLabel('Nieuwe reactie').fill('Graag ook bankjes in de schaduw.');
    await plein.getByRole('button', { name: 'Reactie plaatsen' }).click();
    await poll(text(plein.getByRole('article').filter({ hasText: 'bankjes in de schaduw' }))).toMatch(/Sanne de Vries/);
    await screenshot(page, 'documents--bewoner-reageert');

    // the area team closes comments to everyone …
    await signOut(page);
    await signIn(page, demoAccount('area-team'), 'demo-button', '/documenten/wijkagenda-noord');
    await openDocument(page, 'wijkagenda-noord', /wijkagenda noord/i);
    const toggle = page.getByRole('checkbox', { name: /reacties open voor iedereen/i });
    expect(await toggle.isChecked()).toBe(true);
    await toggle.click();
    await poll(() => toggle.isChecked()).toBe(false);
    await poll(text(page.locator('.lifecycle'))).not.toMatch(/opslaan mislukt|fout/i);

    // … and the resident can no longer comment there (what was said stays readable)
    await signOut(page);
    await signIn(page, demoAccount('resident'), 'demo-button', '/documenten/wijkagenda-noord');
    await openDocument(page, 'wijkagenda-noord', /wijkagenda noord/i);
    await plein.getByRole('button', { name: 'Reacties tonen' }).click();
    await poll(text(plein)).toMatch(/bankjes in de schaduw/);
    await poll(text(plein)).toMatch(/reageren de wijk- en dorpsraden/);
    expect(await plein.getByLabel('Nieuwe reactie').count()).toBe(0);
  });
});
