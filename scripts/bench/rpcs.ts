// The main view-model RPCs at ten times Tilburg's expected volume, timed inside the database (clock_timestamp()
// around each call, so PGlite and PostgreSQL 15 are measured the same way), as the Noord area-team member.
import { PGlite } from '@electric-sql/pglite';
import { bootstrapDatabase } from '../../src/lib/embedded/bootstrap';
import { PGLITE_EXTENSIONS } from '../../src/lib/embedded/pglite-extensions';
import { withThrowawayPostgres } from './throwaway-postgres';
import { loadSqlBundle } from '../../tests/utils/sql-bundle-node';
import { median, note, record, section } from './report';
import { COUNTS_SQL, VOLUME_SQL } from './volume';

const RUNS = 30;
const AREA_TEAM_NOORD = '00000000-0000-4000-8000-000000000001';

/** Add a view-model RPC here; `args` is SQL evaluated once (as the owner) before timing. `candidates`: the first
 *  function that exists is timed (for features that may not be merged yet); none → a printed note. */
type BenchRpc = { label: string; candidates: string[]; args: string };
export const VIEW_MODEL_RPCS: BenchRpc[] = [
  { label: 'map layer: map_overview', candidates: ['map_overview'], args: '' },
  { label: 'map layer: map_entries', candidates: ['map_entries'], args: '' },
  { label: 'area page: area_page', candidates: ['area_page'], args: `p_slug => 'noord'` },
  {
    label: 'agenda detail: document_detail (largest agenda)',
    candidates: ['document_detail'],
    args: `p_document_id => (select d.id from public.documents d join public.entries e on e.document_id = d.id
      where d.kind = 'agenda' group by d.id order by count(*) desc, d.id limit 1)`,
  },
  {
    label: 'initiative list',
    candidates: ['list_initiatives', 'initiative_list', 'area_initiatives', 'map_initiatives'],
    args: '',
  },
];

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
grant execute on function pg_temp.bench_ms(text, int) to authenticated;`;

const AS_AREA_TEAM = `select set_config('request.jwt.claims', '{"sub":"${AREA_TEAM_NOORD}","role":"authenticated"}', false);
  set role authenticated;`;

type Sql = (sql: string) => Promise<string>;

/** Resolves which RPCs exist and their literal arguments (as the owner). */
async function plan(sql: Sql): Promise<{ label: string; call?: string }[]> {
  const out = [];
  for (const rpc of VIEW_MODEL_RPCS) {
    let call: string | undefined;
    for (const name of rpc.candidates) {
      if ((await sql(`select to_regproc('public.${name}') is not null`)) !== 't') continue;
      const args = rpc.args
        ? (await sql(`select format('%s', ${rpc.args.replace(/p_\w+ => /g, '').trim()})`)).trim()
        : '';
      const argName = /^(p_\w+) =>/.exec(rpc.args)?.[1];
      call = `select public.${name}(${argName ? `${argName} => ${quote(args)}` : ''})`;
      break;
    }
    out.push({ label: rpc.label, call });
  }
  return out;
}

const quote = (v: string) => `'${v.replace(/'/g, "''")}'`;

async function timeAll(engine: string, sql: Sql): Promise<void> {
  const calls = await plan(sql);
  await sql(TIMER_SQL);
  await sql(AS_AREA_TEAM);
  for (const { label, call } of calls) {
    if (!call) {
      note(`${label} (${engine})`, 'not measured: no such RPC yet');
      continue;
    }
    const raw = await sql(`select array_to_string(pg_temp.bench_ms(${quote(call)}, ${RUNS + 3}), ',')`);
    const times = raw.split(',').map(Number).slice(3); // 3 warm-up calls
    record({
      name: `${label} (${engine})`,
      value: median(times),
      unit: 'ms',
      budget: engine === 'PGlite' ? 30 : undefined,
      note: `median of ${RUNS}`,
    });
  }
  await sql('reset role');
}

async function pglite(): Promise<void> {
  const db = new PGlite({ extensions: PGLITE_EXTENSIONS });
  await bootstrapDatabase(db, loadSqlBundle());
  await db.exec(VOLUME_SQL);
  const counts = (await db.query(COUNTS_SQL)).rows[0] as Record<string, number>;
  console.log(
    `  volume: ${Object.entries(counts)
      .map(([k, v]) => `${v} ${k}`)
      .join(', ')}`,
  );
  const sql: Sql = async (text) => {
    const results = await db.exec(text);
    const last = results.at(-1);
    const row = last?.rows[0];
    if (!row) return '';
    const value = Object.values(row)[0];
    return value === true ? 't' : value === false ? 'f' : String(value ?? '');
  };
  await timeAll('PGlite', sql);
  await db.close();
}

const PG_PORT = process.env.BENCH_PG_PORT ?? process.env.PGTAP_PORT ?? '54344';

async function postgres15(): Promise<void> {
  await withThrowawayPostgres('pg', PG_PORT, async (psql) => {
    const bundle = loadSqlBundle();
    psql(bundle.shim);
    for (const m of [...bundle.migrations].sort((a, b) => a.version.localeCompare(b.version))) psql(m.sql);
    psql(bundle.seed);
    psql(VOLUME_SQL);
    // psql starts a new session per call: pg_temp and the role must be set up in the same session as the timing
    const session: Sql = async (text) => Promise.resolve(psql(text));
    const calls = await plan(session);
    for (const { label, call } of calls) {
      if (!call) {
        note(`${label} (PostgreSQL 15)`, 'not measured: no such RPC yet');
        continue;
      }
      const raw = psql(
        `${TIMER_SQL}\n${AS_AREA_TEAM}\nselect array_to_string(pg_temp.bench_ms(${quote(call)}, ${RUNS + 3}), ',');`,
      );
      const times = raw.split(',').map(Number).slice(3);
      record({ name: `${label} (PostgreSQL 15)`, value: median(times), unit: 'ms', note: `median of ${RUNS}` });
    }
  });
}

export async function measureRpcs(): Promise<void> {
  section('View-model RPCs at 10× Tilburg volume (as the Noord area team)');
  await pglite();
  try {
    await postgres15();
  } catch (error) {
    note('PostgreSQL 15', `not measured: ${(error as Error).message.split('\n')[0]}`);
  }
}
