// Embedded mode, returning visits (issue 13): a visitor back on an area page, and an area-team member back on their
// agenda, each until the page works with its data (the agenda: with its edit controls), on this machine's CPU and at
// 4× CPU throttling (Chromium's Emulation.setCPUThrottlingRate, as a mid-range phone).
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { freshContext } from './browser';
import { median, record, section } from './report';

const RUNS = 3;
const AGENDA = '/documenten/wijkagenda-noord';

/** performance.now() when the area page's heading, or an agenda's edit control, first appears. */
const READY_SCRIPT = `
  window.__ready = {};
  const check = () => {
    const r = window.__ready;
    if (r.area === undefined && document.getElementById('gebied-titel')) r.area = performance.now();
    if (r.edit === undefined && [...document.querySelectorAll('main button')].some((b) => /toevoegen|bewerken/i.test(b.textContent || ''))) r.edit = performance.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true });
`;

type Ready = { area?: number; edit?: number };

async function readyAt(page: Page, what: keyof Ready): Promise<number> {
  await page.waitForFunction((w) => (window as unknown as { __ready: Ready }).__ready[w] !== undefined, what, {
    timeout: 120_000,
  });
  return page.evaluate((w) => (window as unknown as { __ready: Ready }).__ready[w]!, what);
}

/** Whether the database is completely in IndexedDB (src/lib/embedded/stored-marker.ts), as it is on a return. */
function isStored(page: Page): Promise<boolean> {
  return page.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        // opening a database that does not exist would create it empty, without the app's object store
        void indexedDB.databases().then((all) => {
          if (!all.some((d) => d.name === 'agendakaart-stored')) return resolve(false);
          const open = indexedDB.open('agendakaart-stored');
          open.onerror = () => resolve(false);
          open.onsuccess = () => {
            try {
              const get = open.result.transaction('marker').objectStore('marker').get('bundle-hash');
              get.onsuccess = () => resolve(typeof get.result === 'string');
              get.onerror = () => resolve(false);
            } catch {
              resolve(false);
            }
          };
        });
      }),
  );
}

/** Waits for the first complete store (polled from here: waitForFunction takes a returned promise for "true"), then
 *  for the page's own reads to be answered by the database and kept, as after any visit of more than a moment. */
async function stored(page: Page): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (!(await isStored(page))) {
    if (Date.now() > deadline) throw new Error('the database was not stored in IndexedDB within 120 s');
    await page.waitForTimeout(500);
  }
  // the answers this browser keeps (src/lib/embedded/known-answers.ts) stop growing once the page has all it asked
  let kept = -1;
  for (let count = await keptAnswers(page); count !== kept; count = await keptAnswers(page)) {
    if (Date.now() > deadline) throw new Error('the page kept asking the database for 120 s');
    kept = count;
    await page.waitForTimeout(1500);
  }
}

function keptAnswers(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('agendakaart-answers');
        open.onerror = () => resolve(0);
        open.onsuccess = () => {
          try {
            const count = open.result.transaction('answers').objectStore('answers').count();
            count.onsuccess = () => resolve(count.result);
            count.onerror = () => resolve(0);
          } catch {
            resolve(0);
          }
        };
      }),
  );
}

async function returnTo(context: BrowserContext, url: string, rate: number, what: keyof Ready): Promise<number> {
  for (const p of context.pages()) await p.close();
  const page = await context.newPage();
  if (rate > 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate });
  await page.goto(url);
  return readyAt(page, what);
}

async function areaReturn(browser: Browser, url: string, rate: number): Promise<number> {
  const context = await freshContext(browser);
  await context.addInitScript(READY_SCRIPT);
  const page = await context.newPage();
  await page.goto(`${url}/gebied/noord`);
  await readyAt(page, 'area');
  await stored(page);
  const ms = await returnTo(context, `${url}/gebied/noord`, rate, 'area');
  await context.close();
  return ms;
}

async function agendaReturn(browser: Browser, url: string, rate: number): Promise<number> {
  const context = await freshContext(browser);
  await context.addInitScript(READY_SCRIPT);
  const page = await context.newPage();
  await page.goto(`${url}/inloggen`);
  await page.getByRole('button', { name: 'Inloggen als Fatima El Amrani', exact: true }).click();
  await page.getByRole('banner').getByText('Fatima El Amrani').first().waitFor({ timeout: 120_000 });
  await page.goto(`${url}${AGENDA}`);
  await readyAt(page, 'edit');
  await stored(page);
  const ms = await returnTo(context, `${url}${AGENDA}`, rate, 'edit');
  await context.close();
  return ms;
}

export async function measureReturningVisits(browser: Browser, url: string): Promise<void> {
  section('Embedded mode: returning visits (database in IndexedDB)');
  for (const rate of [1, 4]) {
    const area: number[] = [];
    const agenda: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      area.push(await areaReturn(browser, url, rate));
      agenda.push(await agendaReturn(browser, url, rate));
    }
    const cpu = rate === 1 ? '' : `, ${rate}× CPU throttling`;
    const note = `median of ${RUNS}`;
    record({
      name: `area page interactive with data, returning visit${cpu}`,
      value: median(area),
      unit: 'ms',
      budget: rate === 1 ? 1000 : 2500,
      note,
    });
    record({
      name: `agenda with edit controls, signed-in returning visit${cpu}`,
      value: median(agenda),
      unit: 'ms',
      budget: rate === 1 ? 1500 : 2500,
      note,
    });
  }
}
