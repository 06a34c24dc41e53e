/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { prebuiltDbPlugin } from './scripts/prebuilt-db';

const src = fileURLToPath(new URL('./src', import.meta.url));
const E2E_WORKERS = Math.max(1, Number(process.env.E2E_WORKERS) || 1);
// vitest's default (one core fewer than the machine has) leaves one of CI's two cores idle in the db tests (the unit
// tests stay on one worker: files that share a jsdom and its admin database pass in one fixed order)
const TEST_WORKERS = Math.max(2, availableParallelism() - 1);
/** `npm run test:stress` sets it (tests/e2e/utils/browser.ts) */
const E2E_CPU_THROTTLE = Number(process.env.E2E_CPU_THROTTLE) || 1;
// the account pages on a Supabase project (GoTrue through MSW, tests/utils/gotrue.ts)
const SUPABASE_MODE_TESTS = 'tests/integration/account-*.test.tsx';

export default defineConfig({
  plugins: [react(), prebuiltDbPlugin()],
  resolve: { alias: { '@': src } },
  // PGlite ships its own WASM and data files; pre-bundling would break their relative URLs.
  optimizeDeps: { exclude: ['@electric-sql/pglite'] },
  worker: { format: 'es' },
  server: { port: 5173, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1' },
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      output: {
        // what every page needs in one chunk: fewer requests, and one gzip stream compresses better than many small
        // ones (the JavaScript before the map, issue 6)
        codeSplitting: {
          groups: [
            {
              name: 'core',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack|i18next|react-i18next|zustand|use-sync-external-store)[\\/]/,
            },
          ],
        },
      },
    },
  },
  test: {
    globals: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}', 'tests/integration/**/*.test.tsx'],
          exclude: [SUPABASE_MODE_TESTS],
          setupFiles: ['tests/setup.ts'],
          // one jsdom per worker, not per file: tests/setup.ts undoes after each file what it left behind
          isolate: false,
          testTimeout: 20_000, // tests/setup.ts: room for a busy machine
        },
      },
      {
        extends: true,
        test: {
          // Supabase mode (vi.stubEnv before the app loads): each file in its own jsdom, where no timer of an
          // earlier file's embedded-mode client can call into it
          name: 'unit-supabase',
          environment: 'jsdom',
          include: [SUPABASE_MODE_TESTS],
          setupFiles: ['tests/setup.ts'],
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'db',
          environment: 'node',
          include: ['tests/db/**/*.test.ts', 'tests/integration/**/*.test.ts'],
          globalSetup: ['tests/utils/db-template.ts'],
          maxWorkers: TEST_WORKERS,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // supabase-js >= 2.79 needs a global WebSocket, which Node 20 has only behind this flag. --liftoff-only:
          // V8 compiles PGlite's wasm only once, with its baseline compiler, not again with its optimising one in
          // background threads (the db tests took 372 → 318 CPU-s; they test what the SQL does, not wasm speed)
          execArgv: ['--experimental-websocket', '--liftoff-only'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          // a journey's own waits (15 s for a step, 60 s for the app to open) are what catch a page that hangs; the
          // test's limit only has to stop a runaway, and on a busy machine a journey with three sign-ins takes minutes
          testTimeout: E2E_CPU_THROTTLE > 1 ? 360_000 : 180_000,
          hookTimeout: 180_000,
          // a step waits as long as a person would (15 s) before the journey calls it broken; vitest's 1 s is a
          // unit test's wait, and a busy machine needs more than that for a query to come back
          expect: { poll: { timeout: 15_000, interval: 100 } },
          // one file after the other (each file starts its own Chromium); E2E_WORKERS=2 runs two files at once
          fileParallelism: E2E_WORKERS > 1,
          maxWorkers: E2E_WORKERS,
        },
      },
    ],
  },
});
