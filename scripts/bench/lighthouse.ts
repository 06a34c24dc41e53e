// Lighthouse performance and accessibility (desktop preset) for the map and an agenda page, on the
// embedded build, in the same headless Chromium (offline: PDOK tiles fail as in the e2e tests).
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../tests/e2e/utils/browser';
import { CHROMIUM_PATH } from './browser';
import { note, record, section } from './report';

const PAGES = [
  { label: 'map (/)', path: '/' },
  { label: 'agenda page (/documenten/wijkagenda-noord)', path: '/documenten/wijkagenda-noord' },
];
const DEBUG_PORT = 9347;

export async function measureLighthouse(url: string): Promise<void> {
  section('Lighthouse (desktop preset, embedded build)');
  let lighthouse: typeof import('lighthouse').default;
  let desktop: unknown;
  try {
    lighthouse = (await import('lighthouse')).default;
    desktop = (await import('lighthouse/core/config/desktop-config.js')).default;
  } catch (error) {
    note('Lighthouse', `not measured: the lighthouse package does not load (${(error as Error).message})`);
    return;
  }
  for (const page of PAGES) {
    // a browser per page: Lighthouse's storage reset does not always remove the database the previous page's PGlite
    // worker still holds, and then the second page would not be a first visit
    const browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS, `--remote-debugging-port=${DEBUG_PORT}`],
      headless: true,
    });
    try {
      const result = await lighthouse(
        url + page.path,
        { port: DEBUG_PORT, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] },
        desktop as Parameters<typeof lighthouse>[2],
      );
      const categories = result?.lhr.categories;
      if (!categories) {
        note(`Lighthouse ${page.label}`, 'not measured: no result');
        continue; // the finally still closes this page's browser
      }
      const score = (key: string) => Math.round((categories[key]?.score ?? 0) * 100);
      const audits = result.lhr.audits;
      const metric = (id: string, label: string) => `${label} ${audits[id]?.displayValue ?? '?'}`;
      record({
        name: `Lighthouse performance, ${page.label}`,
        value: score('performance'),
        unit: '',
        budget: 95,
        higherIsBetter: true,
        note: [
          metric('first-contentful-paint', 'FCP'),
          metric('largest-contentful-paint', 'LCP'),
          metric('total-blocking-time', 'TBT'),
          metric('cumulative-layout-shift', 'CLS'),
          metric('speed-index', 'SI'),
        ].join(', '),
      });
      record({
        name: `Lighthouse accessibility, ${page.label}`,
        value: score('accessibility'),
        unit: '',
        budget: 100,
        higherIsBetter: true,
      });
    } catch (error) {
      note(`Lighthouse ${page.label}`, `not measured: ${(error as Error).message.split('\n')[0]}`);
    } finally {
      await browser.close();
    }
  }
}
