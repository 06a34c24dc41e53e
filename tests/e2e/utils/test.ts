// `test` for the browser journeys: one Chromium per test file, a fresh offline context and page per test (with
// Chromium's CPU throttling under `npm run test:stress`), and on failure the page's errors and a screenshot of its
// last state in /tmp/e2e-shots (for humans; E2E_SCREENSHOTS=all: of every test).
import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { test as base, inject, type RunnerTestCase as Task } from 'vitest';
import {
  launchBrowser,
  newIsolatedContext,
  throttleEveryPage,
  VIEWPORT,
  watchPageProblems,
  type BlockedRequests,
  type PageProblems,
} from './browser';
import { signIn, type DemoAccount } from './auth';
import { SHOTS_DIR } from './context';

type FileFixtures = { browser: Browser; sharedTabs: Map<string, Promise<Page>> };
type TestFixtures = {
  context: BrowserContext;
  page: Page;
  blocked: BlockedRequests;
  problems: PageProblems;
  visitorPage: Page;
  signedInPage: (account: DemoAccount) => Promise<Page>;
};

export const test = base.extend<TestFixtures & FileFixtures>({
  browser: [
    // eslint-disable-next-line no-empty-pattern -- vitest requires a destructuring pattern here
    async ({}, use) => {
      const browser = await launchBrowser(inject('chromiumPath'));
      await use(browser);
      await browser.close();
    },
    { scope: 'file' },
  ],
  /** Tabs that several tests of a file share, each in its own browser profile: see visitorPage and signedInPage. */
  sharedTabs: [
    // eslint-disable-next-line no-empty-pattern -- vitest requires a destructuring pattern here
    async ({}, use) => {
      const tabs = new Map<string, Promise<Page>>();
      await use(tabs);
      for (const tab of tabs.values()) {
        await (
          await tab.catch(() => null)
        )
          ?.context()
          .close()
          .catch(() => undefined);
      }
    },
    { scope: 'file' },
  ],
  /** One tab for the file's read-only visitor tests (not signed in, changing nothing): the app loads once and each
   *  test moves on inside it, as a person browsing does. Tests that sign in or write use `page` (a fresh profile). */
  visitorPage: async ({ browser, sharedTabs, task }, use) => {
    const tab = await sharedTab(browser, sharedTabs, 'bezoeker', () => Promise.resolve());
    await useShared(tab, task, use);
  },
  /** A tab signed in as the account, one per account in a file, for tests that only look (change no data): the first
   *  such test signs in, the next ones start from that signed-in state and move on inside the app. */
  signedInPage: async ({ browser, sharedTabs, task }, use) => {
    const used = new Map<Page, PageProblems>();
    await use(async (account) => {
      const tab = await sharedTab(browser, sharedTabs, account.key, (t) => signIn(t, account));
      if (!used.has(tab)) used.set(tab, watchPageProblems(tab));
      return tab;
    });
    for (const [tab, problems] of used) await afterShared(tab, task, problems);
  },
  context: async ({ browser }, use) => {
    const { context, blocked } = await newIsolatedContext(browser, inject('baseURL'));
    throttleEveryPage(context); // `npm run test:stress` (E2E_CPU_THROTTLE); nothing otherwise
    blockedByContext.set(context, blocked);
    await use(context);
    await context.close();
  },
  blocked: async ({ context }, use) => {
    await use(blockedByContext.get(context) ?? []);
  },
  page: async ({ context, task, onTestFailed }, use) => {
    const page = await context.newPage();
    const problems = watchPageProblems(page);
    problemsByPage.set(page, problems);
    let lastUrl = 'about:blank';
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) lastUrl = frame.url();
    });
    onTestFailed(({ task: failed }) => {
      const lines = [`[e2e] "${failed.name}" faalde op ${lastUrl}`, ...problems.map((p) => `  ${p}`)];
      console.error(lines.join('\n'));
    });
    await use(page);
    // the last state of a failed test (E2E_SCREENSHOTS=all: of every test); a full-page screenshot takes seconds
    if (task.result?.state === 'fail' || process.env.E2E_SCREENSHOTS === 'all') {
      await screenshot(page, `${basename(task.file.name, '.e2e.ts')}--${task.name}`);
    }
  },
  problems: async ({ page }, use) => {
    await use(problemsByPage.get(page) ?? []);
  },
});

/** The shared tab under `key`, made (and prepared) by the first test that asks; a tab whose preparation failed is
 *  not kept, so the next test tries again. */
function sharedTab(
  browser: Browser,
  tabs: Map<string, Promise<Page>>,
  key: string,
  prepare: (tab: Page) => Promise<void>,
): Promise<Page> {
  let tab = tabs.get(key);
  if (!tab) {
    tab = (async () => {
      const { context } = await newIsolatedContext(browser, inject('baseURL'));
      throttleEveryPage(context);
      const page = await context.newPage();
      try {
        await prepare(page);
      } catch (e) {
        tabs.delete(key);
        await context.close();
        throw e;
      }
      return page;
    })();
    tabs.set(key, tab);
  }
  return tab;
}

async function useShared(tab: Page, task: Task, use: (tab: Page) => Promise<void>): Promise<void> {
  const problems = watchPageProblems(tab);
  await use(tab);
  await afterShared(tab, task, problems);
}

/** After a test on a shared tab: on failure its errors and a screenshot; then the tab stops collecting for it and
 *  gets back the window and media a test may have changed (a phone's size, print). */
async function afterShared(tab: Page, task: Task, problems: PageProblems): Promise<void> {
  if (task.result?.state === 'fail' || process.env.E2E_SCREENSHOTS === 'all') {
    if (problems.length) console.error([`[e2e] "${task.name}": fouten in de pagina`, ...problems].join('\n  '));
    await screenshot(tab, `${basename(task.file.name, '.e2e.ts')}--${task.name}`);
  }
  tab.removeAllListeners('pageerror').removeAllListeners('console');
  if (tab.isClosed()) return;
  await tab.setViewportSize(VIEWPORT);
  await tab.emulateMedia({ media: null });
}

const blockedByContext = new WeakMap<BrowserContext, BlockedRequests>();
const problemsByPage = new WeakMap<Page, PageProblems>();

/** Saves a full-page screenshot as /tmp/e2e-shots/<name>.png; never fails the test. */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (page.isClosed()) return;
  mkdirSync(SHOTS_DIR, { recursive: true });
  const file = join(
    SHOTS_DIR,
    `${name
      .replace(/[^\w.-]+/g, '-')
      .replace(/-+/g, '-')
      .toLowerCase()}.png`,
  );
  await page.screenshot({ path: file, fullPage: true, timeout: 10_000 }).catch(() => undefined);
}

export { expect } from 'vitest';
