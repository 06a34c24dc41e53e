// Small helpers for the database tests: run SQL in a transaction that is always rolled back, switch between the
// table owner and an API role the way PostgREST does, and catch SQL errors without aborting the transaction.
import type { PGlite, Transaction } from '@electric-sql/pglite';
import { ACTOR_SPECS, claimsOf, contextAssignments, type Actor, type PermissionRow } from './permissions';

export type SqlError = { code: string; message: string };

export function sqlErrorOf(e: unknown): SqlError {
  const err = e as { code?: unknown; message?: unknown };
  if (typeof err?.code !== 'string') throw e instanceof Error ? e : new Error(String(e));
  return { code: err.code, message: String(err.message) };
}

/** Runs `fn` in a transaction (starting as the table owner) and always rolls it back. */
export async function rolledBack<T>(db: PGlite, fn: (tx: Transaction) => Promise<T>): Promise<T> {
  let result!: T;
  let thrown: unknown;
  let failed = false;
  await db
    .transaction(async (tx) => {
      try {
        result = await fn(tx);
      } catch (e) {
        thrown = e;
        failed = true;
      }
      await tx.rollback();
    })
    .catch((e: unknown) => {
      if (!failed) throw e;
    });
  if (failed) throw thrown;
  return result;
}

export type Claims = { role: 'anon' | 'authenticated'; sub?: string; email?: string };

/** Acts as PostgREST does for a request with these claims: `role` and `request.jwt.claims`, local to the transaction. */
export async function actAs(tx: Transaction, who: Actor | Claims): Promise<void> {
  const claims = typeof who === 'string' ? claimsOf(who) : who;
  await tx.query(`select set_config('request.jwt.claims', $1, true), set_config('role', $2, true)`, [
    JSON.stringify(claims),
    claims.role,
  ]);
}

/** Back to the table owner (the session user), without claims. */
export async function actAsOwner(tx: Transaction): Promise<void> {
  await tx.query(`reset role`);
  await tx.query(`select set_config('request.jwt.claims', '', true)`);
}

export type Attempt<T> = { rows: T[]; error?: undefined } | { rows?: undefined; error: SqlError };

/** Runs one statement inside a savepoint: an error is returned (and undone) instead of aborting the transaction. */
export async function attempt<T = Record<string, unknown>>(
  tx: Transaction,
  sql: string,
  params: unknown[] = [],
): Promise<Attempt<T>> {
  await tx.query('savepoint attempt');
  try {
    const { rows } = await tx.query<T>(sql, params);
    await tx.query('release savepoint attempt');
    return { rows };
  } catch (e) {
    await tx.query('rollback to savepoint attempt');
    return { error: sqlErrorOf(e) };
  }
}

/** The first column of the first row of `sql`. */
export async function scalar<T>(tx: Transaction | PGlite, sql: string, params: unknown[] = []): Promise<T> {
  const { rows } = await tx.query<unknown[]>(sql, params, { rowMode: 'array' });
  return rows[0]?.[0] as T;
}

/** Runs one row of the permission table, exactly as 02-permissions.test.sql does on PostgreSQL 15.
 *  `mutation` (SQL run first, as the owner) lets a test break the schema on purpose. */
export async function runPermissionRow(
  db: PGlite,
  row: PermissionRow,
  mutation?: string,
): Promise<{ actual: string; expected: string }> {
  return rolledBack(db, async (tx) => {
    if (mutation) await tx.exec(mutation);
    await tx.query(`select set_config('request.jwt.claims', $1, true)`, [JSON.stringify(claimsOf(row.actor))]);
    await tx.query(`select ${[...contextAssignments(row.actor), ...row.expectationSetup].join(', ')}`);
    await tx.query(`select set_config('role', $1, true)`, [ACTOR_SPECS[row.actor].role]);
    const expected = await scalar<string>(tx, `select ${row.expected}`);
    try {
      return { actual: await scalar<string>(tx, row.statement), expected };
    } catch (e) {
      return { actual: sqlErrorOf(e).code, expected };
    }
  });
}

/** "<n> rows <md5>" of every table in public, read as the owner: a fingerprint to prove nothing was written. */
export async function publicFingerprint(tx: Transaction): Promise<string> {
  const tables = await tx.query<{ t: string }>(
    `select c.relname as t from pg_class c where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p') order by 1`,
  );
  // one query for all tables: a caller fingerprints before and after many calls
  const digests = tables.rows.map(
    ({ t }) =>
      `select ${literal(t)} || ': ' || count(*)::text || ' ' || coalesce(md5(string_agg(x::text, '|' order by x::text)), '-') as d from public.${t} x`,
  );
  const { rows } = await tx.query<{ d: string }>(digests.join('\nunion all\n'));
  return rows
    .map((r) => r.d)
    .sort()
    .join('\n');
}

const literal = (name: string) => `'${name.replace(/'/g, "''")}'`;
