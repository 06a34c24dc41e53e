// Builds the PGlite template (initdb + shim + migrations + seed) once per test run and writes it to a file that
// every worker clones, instead of each worker paying the ~5 s build itself.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { bootstrapDatabase } from '../../src/lib/embedded/bootstrap';
import { PGLITE_EXTENSIONS } from '../../src/lib/embedded/pglite-extensions';
import { loadSqlBundle } from './sql-bundle-node';

export const TEMPLATE_ENV = 'AGENDAKAART_DB_TEMPLATE';

export async function buildTemplate(): Promise<Blob> {
  const db = new PGlite({ extensions: PGLITE_EXTENSIONS });
  await bootstrapDatabase(db, loadSqlBundle());
  const dump = await db.dumpDataDir('none');
  await db.close();
  return dump;
}

export default async function setup(): Promise<() => void> {
  const dir = mkdtempSync(join(tmpdir(), 'agendakaart-db-'));
  const file = join(dir, 'template.tar');
  writeFileSync(file, Buffer.from(await (await buildTemplate()).arrayBuffer()));
  process.env[TEMPLATE_ENV] = file;
  return () => rmSync(dir, { recursive: true, force: true });
}
