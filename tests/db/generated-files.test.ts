// Generated files must match a fresh generation, so they never drift from the schema, the permission table and the
// data. On a failure, regenerate: `npm run db:types`, `npm run pgtap:generate` and `npm run seed:generate`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DB_TYPES_PATH, generateDbTypes } from '../../scripts/gen-db-types';
import { generatePgtapFiles } from '../../scripts/gen-pgtap';
import { generateSeedFiles } from '../../scripts/generate-seed';
import { createTestDb } from '../utils/test-db';

const root = join(import.meta.dirname, '..', '..');
const committed = (path: string) => readFileSync(join(root, path), 'utf8');

describe('generated files are up to date', () => {
  it(`${DB_TYPES_PATH} matches the migrations (npm run db:types)`, async () => {
    const db = await createTestDb();
    try {
      expect(committed(DB_TYPES_PATH)).toBe(await generateDbTypes(db));
    } finally {
      await db.close();
    }
  });

  it.each(Object.entries(generatePgtapFiles()))('%s matches tests/db (npm run pgtap:generate)', (path, fresh) => {
    expect(committed(path)).toBe(fresh);
  });

  // the reference data migration and the demo seed
  it.each(Object.entries(generateSeedFiles()))('%s matches supabase/data (npm run seed:generate)', (path, fresh) => {
    expect(committed(path)).toBe(fresh);
  });
});
