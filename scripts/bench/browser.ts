// Headless Debian Chromium through playwright-core, offline like the e2e tests (only 127.0.0.1 answers).
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../tests/e2e/utils/browser';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true, timeout: 60_000 });
}

/** A context with empty storage (cold); reuse it for warm visits. Remote hosts fail as they do offline (CHROMIUM_ARGS
 *  resolves nothing but loopback). No request routing: with a route Playwright holds every request, the app's own
 *  files too, until this process has looked at it, which a visitor's browser does not do. */
export function freshContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
}

/** Timestamps (ms since navigation start) when the map shows all 8 areas and when an area page heading appears. */
export const MARKS_SCRIPT = `
  window.__marks = {};
  const check = () => {
    const m = window.__marks;
    if (m.map === undefined && document.querySelectorAll('.leaflet-container svg path[aria-label]').length >= 8) m.map = performance.now();
    if (m.area === undefined && document.getElementById('gebied-titel')) m.area = performance.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
`;
