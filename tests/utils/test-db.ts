import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { buildTemplate, TEMPLATE_ENV } from './db-template';

let template: Promise<Blob> | undefined;

/** A fresh in-memory database with shim, migrations and seed applied, cloned from a data-dir dump: the one the
 *  global setup wrote (tests/utils/db-template.ts), or one built on first use in this worker. */
export async function createTestDb(): Promise<PGlite> {
  const file = process.env[TEMPLATE_ENV];
  template ??= file ? Promise.resolve(new Blob([readFileSync(file)])) : buildTemplate();
  const db = new PGlite({ loadDataDir: await template });
  await db.waitReady;
  return db;
}

export type Claims = { sub?: string; role: 'anon' | 'authenticated'; email?: string };

/** Runs `fn` inside a transaction as PostgREST would for a request with these JWT claims, then rolls back. */
export async function asRole<T>(db: PGlite, claims: Claims, fn: (tx: Parameters<Parameters<PGlite['transaction']>[0]>[0]) => Promise<T>): Promise<T> {
  let result!: T;
  let thrown: unknown;
  await db
    .transaction(async (tx) => {
      await tx.query(`select set_config('role', $1, true), set_config('request.jwt.claims', $2, true)`, [claims.role, JSON.stringify(claims)]);
      try {
        result = await fn(tx);
      } catch (e) {
        thrown = e;
      }
      await tx.rollback();
    })
    .catch(() => undefined);
  if (thrown) throw thrown;
  return result;
}
