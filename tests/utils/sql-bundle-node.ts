import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toMigration, type SqlBundle } from '../../src/lib/embedded/bootstrap';

const root = join(import.meta.dirname, '..', '..');

/** The same SQL the browser bundle gets through import.meta.glob, read from disk for Node. */
export function loadSqlBundle(): SqlBundle {
  const dir = join(root, 'supabase', 'migrations');
  const migrations = readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((f) => toMigration(f, readFileSync(join(dir, f), 'utf8')));
  return {
    shim: readFileSync(join(root, 'supabase', 'shim', 'supabase-shim.sql'), 'utf8'),
    migrations,
    seed: readFileSync(join(root, 'supabase', 'seed.sql'), 'utf8'),
  };
}
