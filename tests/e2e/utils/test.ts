// `test` for the browser journeys: one Chromium per test file, a fresh offline context and page per test,
// a screenshot of every test's last state in /tmp/e2e-shots (for humans), and the page's errors on failure.
import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { test as base, inject } from 'vitest';
import {
  launchBrowser,
  newIsolatedContext,
  watchPageProblems,
  type BlockedRequests,
  type PageProblems,
} from './browser';
import { SHOTS_DIR } from './context';

type FileFixtures = { browser: Browser };
type TestFixtures = { context: BrowserContext; page: Page; blocked: BlockedRequests; problems: PageProblems };

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
  context: async ({ browser }, use) => {
    const { context, blocked } = await newIsolatedContext(browser, inject('baseURL'));
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
    await screenshot(page, `${basename(task.file.name, '.e2e.ts')}--${task.name}`);
  },
  problems: async ({ page }, use) => {
    await use(problemsByPage.get(page) ?? []);
  },
});

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
