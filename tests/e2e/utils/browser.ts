// Launches Debian's Chromium through playwright-core and gives every test a fresh, offline browser context.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Chromium 156 builds its omnibox dropdown (a WebUI page with its own renderer) for every new tab, also headless:
  // ~2 CPU-seconds per tab that a trace showed competing with the app's first seconds. No person's tab pays that at
  // the moment it opens our page, and a journey or a bench figure should measure the app.
  '--disable-features=WebUIOmniboxPopup',
  // offline: nothing but loopback resolves (watchExternalRequests lists what was asked)
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

/** The journeys' Chromium. V8 compiles PGlite's 9 MB of WebAssembly twice: at once with its baseline compiler, then
 *  again in background threads with its optimising one, ~5 CPU-seconds per fresh browser profile that a 2-core
 *  machine takes from the page and the database worker (measured with a Chromium trace: a first visit and sign-in
 *  ~10 s → ~7.5 s, `documents.e2e.ts` 166 s → 121 s). A journey tests what the app does, not how fast optimised wasm
 *  runs, so it stays on the baseline code; `npm run bench` measures with Chromium's defaults (CHROMIUM_ARGS). */
export const JOURNEY_CHROMIUM_ARGS = [...CHROMIUM_ARGS, '--js-flags=--liftoff-only'];

export function launchBrowser(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: JOURNEY_CHROMIUM_ARGS, headless: true, timeout: 60_000 });
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export type BlockedRequests = string[];

/** The requests that went to another machine (PDOK tiles and anything else remote): CHROMIUM_ARGS lets nothing but
 *  loopback resolve, so they fail fast the way they do offline. Returns the list, which grows as pages ask.
 *  Watched, not routed: a route makes Playwright hold every request of the context, the app's own files and its
 *  9 MB of wasm too, until this process has looked at it. */
export function watchExternalRequests(context: BrowserContext): BlockedRequests {
  const blocked: BlockedRequests = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if ((url.protocol === 'http:' || url.protocol === 'https:') && !LOCAL_HOSTS.has(url.hostname))
      blocked.push(url.href);
  });
  return blocked;
}

/** The window of every test's page (a test may make it a phone's, 390×844). */
export const VIEWPORT = { width: 1280, height: 900 };

/** A new context has its own storage (IndexedDB, localStorage): each test starts from the seeded demo data. */
export async function newIsolatedContext(
  browser: Browser,
  baseURL: string,
): Promise<{ context: BrowserContext; blocked: BlockedRequests }> {
  const context = await browser.newContext({
    baseURL,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    viewport: VIEWPORT,
    serviceWorkers: 'block',
  });
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(30_000);
  const blocked = watchExternalRequests(context);
  return { context, blocked };
}

/** `npm run test:stress`: Chromium's CPU throttling on every page (a mid-range phone, a busy laptop). 1 = off. */
export const CPU_THROTTLE_RATE = cpuThrottleRate(process.env.E2E_CPU_THROTTLE);

function cpuThrottleRate(value: string | undefined): number {
  if (value === undefined || value === '') return 1;
  const rate = Number(value);
  if (!Number.isFinite(rate) || rate < 1) throw new Error(`E2E_CPU_THROTTLE moet een getal ≥ 1 zijn, niet "${value}"`);
  return rate;
}

/** Slows the page's CPU `rate` times (CDP Emulation.setCPUThrottlingRate), as DevTools' "CPU throttling" does. */
export async function throttleCpu(page: Page, rate = CPU_THROTTLE_RATE): Promise<void> {
  if (rate <= 1 || page.isClosed()) return;
  const session = await page.context().newCDPSession(page);
  await session.send('Emulation.setCPUThrottlingRate', { rate });
}

/** Every page the context opens (the test's page, a second tab, a popup) gets the throttling as it opens; a page
 *  from `context.newPage()` is returned only once it has it, so nothing it loads runs at full speed. */
export function throttleEveryPage(context: BrowserContext, rate = CPU_THROTTLE_RATE): void {
  if (rate <= 1) return;
  const throttled = new WeakMap<Page, Promise<void>>();
  context.on('page', (page) => {
    const done = throttleCpu(page, rate).catch((e: unknown) => {
      if (!page.isClosed()) throw new Error(`CPU-vertraging niet ingesteld op ${page.url()}`, { cause: e });
    });
    done.catch((e: unknown) => console.error(`[e2e] ${String(e)}`));
    throttled.set(page, done);
  });
  const newPage = context.newPage.bind(context);
  context.newPage = async () => {
    const page = await newPage();
    await (throttled.get(page) ?? throttleCpu(page, rate));
    return page;
  };
}

export type PageProblems = string[];

/** Collects uncaught exceptions and console errors, so a failing test can show what the app complained about. */
export function watchPageProblems(page: Page): PageProblems {
  const problems: PageProblems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const text = msg.text();
    // The blocked tile requests are expected; the browser logs each as a failed resource load.
    if (/ERR_INTERNET_DISCONNECTED|net::ERR_NAME_NOT_RESOLVED/.test(text)) return;
    problems.push(`console.error: ${text}`);
  });
  return problems;
}
