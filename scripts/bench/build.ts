// Builds the app the way it ships (embedded and Supabase mode) into a cache folder and serves a build with
// `vite preview` on a free loopback port.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '..', '..');
const viteBin = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
const cacheDir = join(root, 'node_modules', '.cache', 'agendakaart-bench');

/** A Supabase project URL that never answers: the bench stubs its RPCs in the browser. */
export const FAKE_SUPABASE_URL = 'https://bench-project.supabase.co';

export type Mode = 'embedded' | 'supabase';

function envFor(mode: Mode): NodeJS.ProcessEnv {
  // NODE_ENV: what ships (React's production build), whatever the calling shell says
  const base = { ...process.env, NODE_ENV: 'production' };
  return mode === 'embedded'
    ? { ...base, VITE_SUPABASE_URL: '', VITE_SUPABASE_ANON_KEY: '' }
    : { ...base, VITE_SUPABASE_URL: FAKE_SUPABASE_URL, VITE_SUPABASE_ANON_KEY: 'bench-anon-key' };
}

export function outDir(mode: Mode): string {
  return join(cacheDir, mode);
}

function run(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(' ')} exited ${code}`))));
  });
}

export async function build(mode: Mode): Promise<string> {
  const dir = outDir(mode);
  await run([viteBin, 'build', '--outDir', dir, '--emptyOutDir', '--logLevel', 'error'], envFor(mode));
  return dir;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export type Server = { url: string; stop(): Promise<void> };

export async function serve(mode: Mode): Promise<Server> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(
    process.execPath,
    [viteBin, 'preview', '--outDir', outDir(mode), '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: root, env: envFor(mode), stdio: 'ignore', detached: true },
  );
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      if (Date.now() > deadline) throw new Error(`vite preview did not start on ${url}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return {
    url,
    async stop() {
      if (child.pid && child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        process.kill(-child.pid, 'SIGTERM');
        await exited;
      }
    },
  };
}
