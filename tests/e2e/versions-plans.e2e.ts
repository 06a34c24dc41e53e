// Journeys on the reading pages of documents: a visitor compares two versions of the adopted Wijkagenda Noord,
// reads the timeline and progress of the Uitvoeringsplan Noord, and filters the places on the map and in the list.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe } from 'vitest';
import type { PGlite } from '@electric-sql/pglite';
import { createTestDb } from '../utils/test-db';
import { escapeRegExp, mainHeading, navigateInApp } from './utils/app';
import { expect, screenshot, test } from './utils/test';

// The expected figures come from the same RPCs on the same migrations and seed (PGlite in Node, as a visitor),
// so the test checks that the pages show what the database computes, not numbers copied into the test.
let db: PGlite;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => {
  await db?.close();
});
async function asVisitor<T>(sql: string): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.exec('set local role anon');
    return (await tx.query<{ r: T }>(`select (${sql}) as r`)).rows[0]!.r;
  });
}
const percent = (n: number) => `${new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }).format(n)}%`;
const STATUS_NL: Record<string, string> = {
  gepland: 'Gepland',
  in_uitvoering: 'In uitvoering',
  gereed: 'Gereed',
  vertraagd: 'Vertraagd',
  gestopt: 'Gestopt',
};

/** The change card of one entry in the comparison (a list item whose heading is the entry's title). */
function changeCard(page: Page, title: string): Locator {
  return page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 4, name: title, exact: true }) });
}

describe('versies vergelijken', () => {
  // a visitor only reads: the tests share one tab (visitorPage) and move on inside the app
  test('een bezoeker vergelijkt versie 1 (vastgesteld) van de Wijkagenda Noord met versie 2', async ({
    visitorPage: page,
  }) => {
    await navigateInApp(page, '/documenten/wijkagenda-noord/versies');
    await expect.poll(() => mainHeading(page).innerText()).toMatch(/versies van wijkagenda noord/i);

    const versions = page.getByRole('table', { name: /2 versies/i });
    await expect.poll(() => versions.getByRole('row').count()).toBe(3);
    const v1 = versions.getByRole('row', { name: /versie 1/i });
    expect(await v1.innerText()).toMatch(/vastgesteld/i);
    expect(await v1.innerText()).toMatch(/vastgesteld op 18 april 2024/i);
    expect(await versions.getByRole('row', { name: /versie 2/i }).innerText()).toMatch(/consultatie/i);

    await page.getByLabel('Van versie').selectOption('1');
    await page.getByLabel('Naar versie').selectOption('2');
    await page.getByRole('button', { name: 'Vergelijken' }).click();
    await page.waitForURL(/\/documenten\/wijkagenda-noord\/versies\?van=1&naar=2$/);

    const vve = changeCard(page, 'Voorschoolse educatie voor alle peuters');
    await vve.waitFor({ state: 'visible' });
    expect(await vve.innerText()).toMatch(/gewijzigd/i);
    expect(await vve.getByRole('definition').innerText()).toMatch(/in uitvoering\s*→[\s,]*(wordt:)?\s*gerealiseerd/i);

    const moved = changeCard(page, 'Veilige looproutes naar school');
    expect(await moved.innerText()).toMatch(/verplaatst/i);
    expect(await moved.innerText()).toMatch(
      /wonen en leefbaarheid \(voorbeeld\)\s*→[\s,]*(wordt:)?\s*samen opgroeien \(voorbeeld\)/i,
    );
    expect(await changeCard(page, 'Het buurthuis ook in het weekend open').innerText()).toMatch(/verwijderd/i);
    expect(await changeCard(page, 'Een ontmoetingsplek voor ouderen in Quirijnstok').innerText()).toMatch(
      /toegevoegd/i,
    );
    expect(await page.getByText(/van versie 1 naar versie 2:/i).innerText()).toMatch(
      /1 toegevoegd, 3 gewijzigd, 1 verwijderd, 2 ongewijzigd/i,
    );
    await screenshot(page, 'versions-plans--vergelijking-noord');

    // the change log says who changed what, and when
    const log = page.getByRole('region', { name: 'Wijzigingslog' });
    expect(await log.innerText()).toMatch(/agendapunt verwijderd: het buurthuis ook in het weekend open/i);
    expect(await log.innerText()).toMatch(/fatima el amrani/i);

    // back to the document
    const back = page.getByRole('link', { name: /terug naar wijkagenda noord/i });
    expect(await back.getAttribute('href')).toBe('/documenten/wijkagenda-noord');
  });

  test('op een telefoon is de vergelijking leesbaar', async ({ visitorPage: page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await navigateInApp(page, '/documenten/wijkagenda-noord/versies?van=1&naar=2');
    await changeCard(page, 'Voorschoolse educatie voor alle peuters').waitFor({ state: 'visible' });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'de pagina schuift niet zijwaarts').toBeLessThanOrEqual(0);
    await screenshot(page, 'versions-plans--vergelijking-telefoon');
  });
});

type Figures = { id?: string; progress: number | null; action_count: number; counted_action_count: number };
type Progress = {
  plans: (Figures & { slug: string })[];
  areas: (Figures & { slug: string })[];
  themes: (Figures & { name_nl: string | null })[];
};
type Action = { title: string; action_status: string; progress: number; start_date: string; end_date: string };

describe('tijdlijn en voortgang van een uitvoeringsplan', () => {
  const slug = 'uitvoeringsplan-noord-2026-2027';

  test('de tijdlijn van het Uitvoeringsplan Noord toont de voortgang die plan_progress berekent', async ({
    visitorPage: page,
  }) => {
    const progress = await asVisitor<Progress>(
      `public.plan_progress((select id from public.areas where slug = 'noord'))`,
    );
    const plan = progress.plans.find((p) => p.slug === slug)!;
    const area = progress.areas.find((a) => a.slug === 'noord')!;
    const doc = await asVisitor<{ sections: { entries: Action[] }[] }>(`public.document_by_slug('${slug}')`);
    const actions = doc.sections.flatMap((s) => s.entries);
    expect(plan.progress, 'het seed-plan heeft voortgang').not.toBeNull();

    await navigateInApp(page, `/documenten/${slug}/tijdlijn`);
    await expect.poll(() => mainHeading(page).innerText()).toMatch(/tijdlijn: uitvoeringsplan noord 2026-2027/i);

    const planCard = page.getByRole('region', { name: 'Voortgang van dit plan' });
    await planCard.waitFor({ state: 'visible' });
    const planText = await planCard.innerText();
    expect(planText).toContain(percent(plan.progress!));
    expect(planText).toContain(`Gemiddelde van ${plan.counted_action_count} van ${plan.action_count} acties`);
    expect(await page.getByRole('region', { name: 'Voortgang in gebied Noord' }).innerText()).toContain(
      percent(area.progress!),
    );

    // one row per action, with its dates, status in words and progress
    const table = page.getByRole('table', { name: 'Tijdlijn van de acties' });
    expect(await table.getByRole('row').count()).toBe(1 + doc.sections.length + actions.length);
    for (const a of actions) {
      const row = table.getByRole('row', { name: new RegExp(`^${escapeRegExp(a.title)}`) });
      const text = await row.innerText();
      expect(text, a.title).toContain(STATUS_NL[a.action_status]);
      expect(text, a.title).toContain(`${a.progress}%`);
    }

    // per theme, as the RPC rolls it up
    const themes = page.getByRole('region', { name: /voortgang per thema/i }).getByRole('listitem');
    expect(await themes.count()).toBe(progress.themes.length);
    for (const th of progress.themes) {
      const text = await themes.filter({ hasText: th.name_nl ?? 'Zonder thema' }).innerText();
      expect(text).toContain(th.progress === null ? 'geen voortgang' : percent(th.progress));
    }
    await screenshot(page, 'versions-plans--tijdlijn-noord');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'versions-plans--tijdlijn-noord-telefoon');

    // the area page shows the same figure and links to the timeline
    await navigateInApp(page, '/gebied/noord');
    const execution = page.getByRole('region', { name: 'Uitvoering', exact: true });
    await execution.getByRole('link', { name: /uitvoeringsplan noord 2026-2027/i }).waitFor();
    expect(await execution.innerText()).toContain(percent(plan.progress!));
    expect(await execution.getByRole('link', { name: /uitvoeringsplan noord 2026-2027/i }).getAttribute('href')).toBe(
      `/documenten/${slug}/tijdlijn`,
    );
    await screenshot(page, 'versions-plans--gebied-noord-uitvoering');
  });
});
