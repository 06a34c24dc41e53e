// Generated files must match a fresh generation, so they never drift from the permission table and the data. On a
// failure, regenerate: `npm run pgtap:generate` and `npm run seed:generate`. The files generated from the schema
// (supabase/schema.sql, src/lib/supabase/database.types.ts, docs/api.md's function reference) need PostgreSQL 15:
// scripts/pgtap.sh checks them (`npm run db:generate` regenerates them).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatePgtapFiles } from '../../scripts/gen-pgtap';
import { generateSeedFiles } from '../../scripts/generate-seed';

const root = join(import.meta.dirname, '..', '..');
const committed = (path: string) => readFileSync(join(root, path), 'utf8');

describe('generated files are up to date', () => {
  it.each(Object.entries(generatePgtapFiles()))('%s matches tests/db (npm run pgtap:generate)', (path, fresh) => {
    expect(committed(path)).toBe(fresh);
  });

  // the reference data migration and the demo seed
  it.each(Object.entries(generateSeedFiles()))('%s matches supabase/data (npm run seed:generate)', (path, fresh) => {
    expect(committed(path)).toBe(fresh);
  });
});
