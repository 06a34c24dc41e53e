// Values that tests/e2e/global-setup.ts hands to the test files (vitest `provide`/`inject`).
declare module 'vitest' {
  export interface ProvidedContext {
    /** Where `vite preview` serves the embedded-mode build, e.g. http://127.0.0.1:41234 */
    baseURL: string;
    /** The Chromium binary (Debian's /usr/bin/chromium unless CHROMIUM_PATH is set) */
    chromiumPath: string;
  }
}

export const SHOTS_DIR = process.env.E2E_SHOTS_DIR ?? '/tmp/e2e-shots';
/** How long the first screen may take: a fresh browser profile boots PGlite (initdb + migrations + seed). */
export const APP_READY_TIMEOUT = 60_000;
