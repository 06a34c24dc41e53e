import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PGLITE_EXTENSIONS } from '../../src/lib/embedded/pglite-extensions';
import { buildTemplate, TEMPLATE_ENV } from './db-template';

let template: Promise<Blob> | undefined;

/** A fresh in-memory database with shim, migrations and seed applied, cloned from a data-dir dump: the one the
 *  global setup wrote (tests/utils/db-template.ts), or one built on first use in this worker. */
export async function createTestDb(): Promise<PGlite> {
  const file = process.env[TEMPLATE_ENV];
  template ??= file ? Promise.resolve(new Blob([readFileSync(file)])) : buildTemplate();
  const db = new PGlite({ loadDataDir: await template, extensions: PGLITE_EXTENSIONS });
  await db.waitReady;
  return db;
}
