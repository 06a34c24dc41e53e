// Search (issue 15) at ten times Tilburg's volume: the documents, entries and comments of scripts/bench/volume.ts
// plus the 10,000 initiatives of scripts/bench-data/initiatives.ts. public.search is timed inside the database
// (clock_timestamp() around each call, as scripts/bench/rpcs.ts does), on PGlite and on PostgreSQL 15, as a visitor
// and as the Noord area-team member (more policies to pass). Budget: 50 ms per search.
// Part of `npm run bench` (the part `search`); alone: `npx tsx scripts/bench/search.ts`.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { bootstrapDatabase } from '../../src/lib/embedded/bootstrap';
import { PGLITE_EXTENSIONS } from '../../src/lib/embedded/pglite-extensions';
import { withThrowawayPostgres } from './throwaway-postgres';
import { loadSqlBundle } from '../../tests/utils/sql-bundle-node';
import { benchInitiatives, benchInitiativesSql, tilburgDistricts } from '../bench-data/initiatives';
import { median, note, record, section, summary } from './report';
import { VOLUME_SQL } from './volume';

const RUNS = 30;
const WARM_UP = 3;
const BUDGET_MS = 50;
const root = join(import.meta.dirname, '..', '..');
const AREA_TEAM_NOORD = '00000000-0000-4000-8000-000000000001';

/** What people type: a word with another ending, a misspelt wijk, two words, a word in 10,000 initiatives, and
 *  the first three letters (as you type: "ge", two letters, is a Dutch stop word and finds nothing). */
export const SEARCHES: { label: string; query: string }[] = [
  { label: 'stemming "speeltuinen"', query: 'speeltuinen' },
  { label: 'misspelt wijk "Quirijnstock"', query: 'Quirijnstock' },
  { label: 'two words "wijkagenda noord"', query: 'wijkagenda noord' },
  { label: 'broad "initiatief" (10,000 hits)', query: 'initiatief' },
  { label: 'as you type "spe"', query: 'spe' },
];

const AS = {
  visitor: `select set_config('request.jwt.claims', '{"role":"anon"}', false); set role anon;`,
  'area team': `select set_config('request.jwt.claims', '{"sub":"${AREA_TEAM_NOORD}","role":"authenticated"}', false);
    set role authenticated;`,
} as const;
type Who = keyof typeof AS;

const TIMER_SQL = `
create or replace function pg_temp.bench_ms(p_sql text, p_runs int) returns float8[] language plpgsql as $$
declare t timestamptz; out float8[] := '{}';
begin
  for i in 1 .. p_runs loop
    t := clock_timestamp();
    execute p_sql;
    out := out || (extract(epoch from clock_timestamp() - t) * 1000)::float8;
  end loop;
  return out;
end $$;
grant execute on function pg_temp.bench_ms(text, int) to anon, authenticated;`;

const quote = (v: string) => `'${v.replace(/'/g, "''")}'`;
/** the call the header box makes (p_limit 3 per kind); the results page asks 5 */
const call = (query: string) => `select public.search(${quote(query)}, p_limit => 5)`;
const timing = (query: string) =>
  `select array_to_string(pg_temp.bench_ms(${quote(call(query))}, ${RUNS + WARM_UP}), ',')`;

type Sql = (sql: string) => Promise<string>;

/** Median of each search for each role; `sql` runs a script and returns the first value of its last row. */
async function timeSearches(engine: string, sql: Sql): Promise<void> {
  for (const who of Object.keys(AS) as Who[]) {
    for (const { label, query } of SEARCHES) {
      const raw = await sql(`${TIMER_SQL}\n${AS[who]}\n${timing(query)};\nreset role;`);
      const times = raw.split(',').map(Number).slice(WARM_UP);
      record({
        name: `search ${label}, ${who} (${engine})`,
        value: median(times),
        unit: 'ms',
        budget: BUDGET_MS,
        note: `median of ${RUNS}`,
      });
    }
  }
}

const COUNTS_SQL = `select format('%s documents, %s entries, %s comments, %s initiatives, %s index rows',
  (select count(*) from public.documents), (select count(*) from public.entries), (select count(*) from public.comments),
  (select count(*) from public.initiatives), (select count(*) from private.search_index))`;

/** The bench volume; the volume copies rows with triggers off, so the search index is rebuilt afterwards. */
function initiativesSql(): string {
  const { sql, params } = benchInitiativesSql(benchInitiatives(tilburgDistricts(root)));
  return sql.replace('$1', `${quote(params[0])}`);
}
const AFTER_VOLUME = `select private.search_rebuild(); analyze;`;

async function pglite(): Promise<void> {
  const db = new PGlite({ extensions: PGLITE_EXTENSIONS });
  try {
    await bootstrapDatabase(db, loadSqlBundle());
    await db.exec(VOLUME_SQL);
    await db.exec(initiativesSql());
    await db.exec(AFTER_VOLUME);
    const sql: Sql = async (text) => {
      const results = await db.exec(text);
      const withRows = results.filter((r) => r.rows.length > 0).at(-1);
      const value = withRows ? Object.values(withRows.rows[0]!)[0] : '';
      return String(value ?? '');
    };
    console.log(`  volume: ${await sql(COUNTS_SQL)}`);
    await timeSearches('PGlite', sql);
  } finally {
    await db.close();
  }
}

const PG_PORT = process.env.BENCH_SEARCH_PG_PORT ?? process.env.PGTAP_PORT ?? '54345';

async function postgres15(): Promise<void> {
  await withThrowawayPostgres('search', PG_PORT, async (psql) => {
    // one psql per script: the timer (pg_temp) and the role are set up in the script that times
    const sql: Sql = (text) => Promise.resolve(psql(text));
    const bundle = loadSqlBundle();
    psql(bundle.shim);
    for (const m of [...bundle.migrations].sort((a, b) => a.version.localeCompare(b.version))) psql(m.sql);
    psql(bundle.seed);
    psql(VOLUME_SQL);
    psql(initiativesSql());
    psql(AFTER_VOLUME);
    console.log(`  volume: ${psql(COUNTS_SQL)}`);
    await timeSearches('PostgreSQL 15', sql);
  });
}

export async function measureSearch(): Promise<void> {
  section(`Search at 10× Tilburg volume (public.search, budget ≤ ${BUDGET_MS} ms)`);
  await pglite();
  try {
    await postgres15();
  } catch (error) {
    note('search (PostgreSQL 15)', `not measured: ${(error as Error).message.split('\n')[0]}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await measureSearch();
  summary();
}
