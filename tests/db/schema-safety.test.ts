// Reads the catalog and fails on unsafe schema: see the list of checks in tests/db/schema-safety.ts.
import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../utils/test-db';
import { rolledBack } from './db-helpers';
import { SAFETY_CHECKS, type SafetyCheck } from './schema-safety';

let db: PGlite;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => {
  await db.close();
});

async function offenders(check: SafetyCheck, breakIt: boolean): Promise<string[]> {
  return rolledBack(db, async (tx) => {
    if (breakIt) await tx.exec(check.canary);
    if (check.setup) await tx.exec(check.setup);
    const { rows } = await tx.query<{ offender: string }>(check.offenders);
    return rows.map((r) => r.offender);
  });
}

const cases = SAFETY_CHECKS.map((c) => [c.name, c] as const);

describe('schema safety', () => {
  it.each(cases)('%s', async (_name, check) => {
    expect(await offenders(check, false)).toEqual([]);
  });
});

describe('each safety check reports an offender when the schema is broken on purpose', () => {
  it.each(cases)('%s', async (_name, check) => {
    expect(await offenders(check, true)).not.toEqual([]);
  });
});
