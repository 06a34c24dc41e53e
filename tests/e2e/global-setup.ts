// Global setup of the vitest project `e2e`: checks for Chromium, builds the app in embedded mode (PGlite, no
// VITE_SUPABASE_URL), serves it with `vite preview` on a free port on 127.0.0.1 and provides the URL to tests.
import { spawn, type ChildProcess } from 'node:child_process';
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { TestProject } from 'vitest/node';
import { TEMPLATE_ENV } from '../utils/db-template';
import { SHOTS_DIR } from './utils/context';

const root = join(import.meta.dirname, '..', '..');
const viteBin = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
/** A separate output dir, so a `npm run build` (or a Supabase-mode build) in dist/ is never mixed up with this one.
 *  E2E_BUILD_DIR overrides it, for worktrees that share one node_modules and would overwrite each other's build. */
const outDir = process.env.E2E_BUILD_DIR ?? join(root, 'node_modules', '.cache', 'agendakaart-e2e', 'dist');

let server: ChildProcess | undefined;
let templateDir: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  const chromiumPath = findChromium();
  mkdirSync(SHOTS_DIR, { recursive: true });
  // screenshots of an earlier run would mislead: start from an empty folder (only our .png files go)
  for (const f of readdirSync(SHOTS_DIR)) if (f.endsWith('.png')) rmSync(join(SHOTS_DIR, f), { force: true });

  if (process.env.E2E_SKIP_BUILD === '1') {
    if (!existsSync(join(outDir, 'index.html'))) {
      throw new Error(
        `E2E_SKIP_BUILD=1, maar er is nog geen e2e-build in ${outDir}. Draai eerst zonder E2E_SKIP_BUILD.`,
      );
    }
    log(`build overgeslagen (E2E_SKIP_BUILD=1), gebruik ${outDir}`);
  } else {
    log('vite build (ingebouwde backend, zonder VITE_SUPABASE_URL) …');
    const started = Date.now();
    await run(
      process.execPath,
      [viteBin, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
      'vite build',
    );
    log(`build klaar in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }

  useBuiltDatabaseAsTemplate();

  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  server = spawn(
    process.execPath,
    [viteBin, 'preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: root, env: embeddedEnv(), stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  let output = '';
  server.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  server.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  try {
    await waitForHttp(baseURL, server, 30_000);
  } catch (e) {
    await teardown();
    throw new Error(`vite preview kwam niet op ${baseURL}: ${(e as Error).message}\n${output}`, { cause: e });
  }
  log(`vite preview op ${baseURL}; screenshots in ${SHOTS_DIR}`);

  project.provide('baseURL', baseURL);
  project.provide('chromiumPath', chromiumPath);
}

/** Journeys that compare the page with what the database computes (createTestDb in tests/utils/test-db.ts) clone the
 *  data directory this build ships, unpacked once here: the very database the browser loads, without running the
 *  migrations and the seed again in each file. */
function useBuiltDatabaseAsTemplate(): void {
  const tarball = readdirSync(join(outDir, 'assets')).find((f) => /^agendakaart-db-[0-9a-f]+\.tar\.gz$/.test(f));
  if (!tarball) throw new Error(`Geen vooraf gebouwde database (agendakaart-db-*.tar.gz) in ${join(outDir, 'assets')}`);
  templateDir = mkdtempSync(join(tmpdir(), 'agendakaart-e2e-db-'));
  const file = join(templateDir, 'template.tar');
  writeFileSync(file, gunzipSync(readFileSync(join(outDir, 'assets', tarball))));
  process.env[TEMPLATE_ENV] = file;
}

export async function teardown(): Promise<void> {
  if (templateDir) rmSync(templateDir, { recursive: true, force: true });
  templateDir = undefined;
  const child = server;
  server = undefined;
  if (!child?.pid || child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    process.kill(-child.pid, 'SIGTERM'); // the whole process group: vite preview and anything it started
  } catch {
    child.kill('SIGTERM');
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }, 5_000);
  await exited;
  clearTimeout(timer);
}

function findChromium(): string {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  try {
    accessSync(path, constants.X_OK);
  } catch {
    throw new Error(
      `Chromium ontbreekt: installeer het met \`sudo apt-get install -y chromium\` (of zet CHROMIUM_PATH). Gezocht: ${path}`,
    );
  }
  return path;
}

/** The build and preview must run against the embedded backend, whatever the shell or .env.local says.
 *  Variables already in the environment win over .env files in Vite, so empty values switch Supabase off. */
function embeddedEnv(): NodeJS.ProcessEnv {
  return { ...process.env, VITE_SUPABASE_URL: '', VITE_SUPABASE_ANON_KEY: '' };
}

/** The build as it ships: vitest sets NODE_ENV=test, and Vite keeps a NODE_ENV it finds, which would give React's
 *  development build (slower, and not what a visitor gets). */
function buildEnv(): NodeJS.ProcessEnv {
  return { ...embeddedEnv(), NODE_ENV: 'production' };
}

function run(cmd: string, args: string[], label: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: root, env: buildEnv(), stdio: ['ignore', 'inherit', 'inherit'] });
    child.once('error', reject);
    child.once('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${label} mislukt (exit ${code ?? signal})`)),
    );
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => (port ? resolve(port) : reject(new Error('geen vrije poort'))));
    });
  });
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview stopte met exit ${child.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
      lastError = new Error(`HTTP ${res.status}`);
    } catch (e) {
      lastError = e;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`time-out na ${timeoutMs} ms (${String(lastError)})`);
}

function log(message: string): void {
  console.log(`[e2e] ${message}`);
}
