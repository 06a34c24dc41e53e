import type { PGliteInterface } from '@electric-sql/pglite';

export type Migration = { version: string; name: string; sql: string };
export type SqlBundle = { shim: string; migrations: Migration[]; seed: string };

/** `supabase/migrations/20261123080000_create_areas.sql` → version and name, as the Supabase CLI reads them. */
export function toMigration(path: string, sql: string): Migration {
  const file = path.split('/').pop() ?? path;
  const match = /^(\d+)_(.+)\.sql$/.exec(file);
  if (!match) throw new Error(`Migration file name must be <timestamp>_<name>.sql: ${file}`);
  return { version: match[1]!, name: match[2]!, sql };
}

// The browser keeps the data directory in IndexedDB (Emscripten's IDBFS): opening it reads every file, and storing
// a write walks every file and rewrites each changed one whole. So the directory is kept small: 1 MB WAL segments
// instead of 16 MB, and no template databases (the app never runs CREATE DATABASE).
export const INITDB_PARAMS = ['--wal-segsize=1'];
/** Part of the prebuilt directory's hash (scripts/prebuilt-db.ts): change it when the way it is made changes. */
export const DATA_DIR_LAYOUT = 'wal segments of 1 MB, no template databases, vacuumed, no spare wal segments';

/** Drops template0 and template1 (two thirds of a fresh data directory's files). */
export async function dropTemplateDatabases(db: PGliteInterface): Promise<void> {
  await db.exec("update pg_database set datistemplate = false where datname in ('template0', 'template1')");
  await db.exec('drop database if exists template0');
  await db.exec('drop database if exists template1');
}

const HISTORY = `
  create schema if not exists supabase_migrations;
  create table if not exists supabase_migrations.schema_migrations (version text primary key, name text, applied_at timestamptz default now());
  create table if not exists supabase_migrations.seed_files (path text primary key, applied_at timestamptz default now());
`;

/** The hash of the SQL bundle this database was built from (scripts/prebuilt-db.ts), so an old one is noticed. */
export async function recordBundleHash(db: PGliteInterface, hash: string): Promise<void> {
  await db.exec('create table if not exists supabase_migrations.bundle_hash (hash text not null)');
  await db.transaction(async (tx) => {
    await tx.exec('delete from supabase_migrations.bundle_hash');
    await tx.query('insert into supabase_migrations.bundle_hash (hash) values ($1)', [hash]);
  });
}

export async function readBundleHash(db: PGliteInterface): Promise<string | undefined> {
  const exists = await db.query("select to_regclass('supabase_migrations.bundle_hash') is not null as exists");
  if (!(exists.rows[0] as { exists: boolean }).exists) return undefined;
  const rows = await db.query<{ hash: string }>('select hash from supabase_migrations.bundle_hash');
  return rows.rows[0]?.hash;
}

/** Applies the shim, every migration not yet applied (in version order) and, on a fresh database, the seed. */
export async function bootstrapDatabase(db: PGliteInterface, bundle: SqlBundle): Promise<{ applied: string[] }> {
  await db.exec(bundle.shim);
  await db.exec(HISTORY);
  const done = await db.query<{ version: string }>('select version from supabase_migrations.schema_migrations');
  const doneVersions = new Set(done.rows.map((r) => r.version));
  const pending = [...bundle.migrations]
    .sort((a, b) => a.version.localeCompare(b.version))
    .filter((m) => !doneVersions.has(m.version));
  for (const m of pending) {
    await db.transaction(async (tx) => {
      await tx.exec(m.sql);
      await tx.query('insert into supabase_migrations.schema_migrations (version, name) values ($1, $2)', [
        m.version,
        m.name,
      ]);
    });
  }
  const seeded = await db.query("select 1 from supabase_migrations.seed_files where path = 'supabase/seed.sql'");
  if (seeded.rows.length === 0) {
    await db.transaction(async (tx) => {
      await tx.exec(bundle.seed);
      await tx.query("insert into supabase_migrations.seed_files (path) values ('supabase/seed.sql')");
    });
  }
  return { applied: pending.map((m) => m.version) };
}

/** Throws away all app and auth data and builds the database again from migrations and seed. */
export async function resetDatabase(db: PGliteInterface, bundle: SqlBundle): Promise<void> {
  await db.exec(`
    drop schema if exists public cascade;
    drop schema if exists private cascade;
    drop schema if exists auth cascade;
    drop schema if exists supabase_migrations cascade;
    create schema public;
  `);
  await bootstrapDatabase(db, bundle);
}
