// A throwaway PostgreSQL 15 cluster for a bench part: made in a temporary folder, reachable only over its socket,
// without fsync, stopped and deleted afterwards. Run as root (CI), its commands run as the `postgres` user.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';

/** Runs a script with psql in a session of its own; returns the last line it printed. */
export type Psql = (text: string) => string;

export async function withThrowawayPostgres(
  name: string,
  port: string,
  use: (psql: Psql) => Promise<void>,
): Promise<void> {
  const asRoot = process.getuid?.() === 0;
  const asDbUser = (cmd: string, args: string[]): [string, string[]] =>
    asRoot ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args];
  const work = mkdtempSync(join(tmpdir(), `agendakaart-bench-${name}-`));
  if (asRoot) execFileSync('chown', ['postgres:', work]);
  chmodSync(work, 0o777);
  const data = join(work, 'data');
  const run = (cmd: string, args: string[]) => {
    const r = spawnSync(...asDbUser(cmd, args), { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr}`);
  };
  const psql: Psql = (text) => {
    const file = join(work, 'q.sql');
    writeFileSync(file, text);
    const args = ['-X', '-q', '-At', '-v', 'ON_ERROR_STOP=1', '-h', work, '-p', port, '-U', 'postgres'];
    const r = spawnSync(`${PG_BIN}/psql`, [...args, '-d', 'postgres', '-f', file], {
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
    if (r.status !== 0) throw new Error(`psql: ${r.stderr}`);
    return r.stdout.trim().split('\n').filter(Boolean).at(-1) ?? '';
  };
  try {
    run(`${PG_BIN}/initdb`, [
      ...['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8', '--no-sync'],
    ]);
    run(`${PG_BIN}/pg_ctl`, [
      ...['-D', data, '-l', join(work, 'log'), '-w'],
      ...['-o', `-c listen_addresses='' -k ${work} -p ${port} -c fsync=off`, 'start'],
    ]);
    await use(psql);
  } finally {
    spawnSync(...asDbUser(`${PG_BIN}/pg_ctl`, ['-D', data, '-m', 'immediate', 'stop']));
    rmSync(work, { recursive: true, force: true });
  }
}
