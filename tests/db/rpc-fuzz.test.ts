// Random and malformed input to every RPC that anon or authenticated may call (the list comes from the catalog, so
// a new RPC is covered without touching this file), sent the way the app sends it: JSON through the embedded
// PostgREST handler, as a visitor, the Noord area team and an admin. Every answer must be a success or a clear
// error with an expected SQLSTATE, and a failed call must leave every table in public exactly as it was.
import type { PGlite, Transaction } from '@electric-sql/pglite';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmbeddedFetch, type EmbeddedFetch } from '../../src/lib/embedded/handler';
import { EMBEDDED_ANON_KEY } from '../../src/lib/embedded/jwt';
import { createTestDb } from '../utils/test-db';
import { publicFingerprint } from './db-helpers';

/** What a caller may get back: bad input (22023, or any other class 22 data exception from turning JSON into the
 *  argument types, as PostgREST does), forbidden, not found, version conflict, duplicate, or a constraint. */
// PT429: a rate limit (HTTP 429, issue 16: renames and comment edits are limited too, and the fuzzer renames often)
const EXPECTED_CODES = new Set(['42501', 'P0002', '40001', '23505', '23514', 'PT429']);
const RUNS = Number(process.env.FUZZ_RUNS ?? 12);
const BASE = 'http://embedded.test';
const ACTORS = {
  visitor: undefined,
  area_team: 'team.noord@demo.agendakaart.nl',
  admin: 'beheer@demo.agendakaart.nl',
} as const;

type Rpc = { name: string; args: { name: string; type: string }[]; defaults: number; volatile: boolean };

let db: PGlite;
let handler: EmbeddedFetch;
let rpcs: Rpc[] = [];
let enums = new Map<string, string[]>();
let ids: string[] = [];
const tokens = new Map<string, string>();

beforeAll(async () => {
  db = await createTestDb();
  handler = await createEmbeddedFetch(db);
  const { rows } = await db.query<{
    name: string;
    arg_names: string[];
    arg_types: string[];
    defaults: number;
    volatile: boolean;
  }>(`
    select p.proname as name, coalesce(p.proargnames, '{}') as arg_names,
           array(select format_type(t, null) from unnest(p.proargtypes) t) as arg_types,
           p.pronargdefaults as defaults, p.provolatile = 'v' as volatile
    from pg_proc p
    where p.pronamespace = 'public'::regnamespace and p.prokind = 'f'
      and (has_function_privilege('anon', p.oid, 'execute') or has_function_privilege('authenticated', p.oid, 'execute'))
    order by 1`);
  rpcs = rows.map((r) => ({ ...r, args: r.arg_types.map((type, i) => ({ name: r.arg_names[i]!, type })) }));
  const e = await db.query<{ type: string; labels: string[] }>(`
    select format_type(t.oid, null) as type, array_agg(e.enumlabel order by e.enumsortorder) as labels
    from pg_type t join pg_enum e on e.enumtypid = t.oid where t.typnamespace = 'public'::regnamespace group by t.oid`);
  enums = new Map(e.rows.map((r) => [r.type, r.labels]));
  const idRows = await db.query<{ id: string }>(`
    select id::text from public.areas union all select id::text from public.districts
    union all select id::text from public.documents union all select id::text from public.sections
    union all select id::text from public.entries union all select id::text from public.comments
    union all select id::text from public.memberships union all select id::text from public.profiles
    union all select id::text from public.themes union all select id::text from public.councils
    union all select lineage_id::text from public.entries union all select id::text from public.invitations
    union all select lineage_id::text from public.goal_indicators`);
  ids = idRows.rows.map((r) => r.id);
  // the seed holds a pending and a withdrawn invitation; an accepted one (bewoner has a confirmed account, so it
  // attaches at once) gives admin_withdraw_invitation every status to hit
  const invitations = await db.query<{ id: string }>(`
    insert into public.invitations (email, role, area_id)
    values ('bewoner@demo.agendakaart.nl', 'area_team', (select id from public.areas order by sort_order limit 1))
    returning id::text`);
  ids.push(...invitations.rows.map((r) => r.id));
  for (const [actor, email] of Object.entries(ACTORS)) {
    if (!email) continue;
    const res = await handler(`${BASE}/auth/v1/token?grant_type=password`, {
      method: 'POST',
      headers: { apikey: EMBEDDED_ANON_KEY, 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password: 'demo-wachtwoord' }),
    });
    tokens.set(actor, ((await res.json()) as { access_token: string }).access_token);
  }
});
afterAll(async () => {
  await db.close();
});

const garbage = fc.oneof(
  fc.constant(null),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.string({ maxLength: 40 }),
  fc.constantFrom('', ' ', "'; drop table public.areas; --", '\u0000', 'x'.repeat(20_000), '1e400', '-1', 'NaN'),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 2 }),
);

function valueOf(type: string): fc.Arbitrary<unknown> {
  if (type.endsWith('[]')) return fc.oneof(fc.array(valueOf(type.slice(0, -2)), { maxLength: 4 }), garbage);
  const labels = enums.get(type);
  if (labels) return fc.oneof(fc.constantFrom(...labels), garbage);
  switch (type) {
    case 'uuid':
      return fc.oneof(fc.constantFrom(...ids), fc.uuid(), garbage);
    case 'text':
      return fc.oneof(fc.string({ maxLength: 120 }), fc.string({ unit: 'grapheme', maxLength: 30 }), garbage);
    case 'integer':
    case 'smallint':
    case 'bigint':
      return fc.oneof(fc.integer({ min: -3, max: 200 }), fc.integer(), fc.constantFrom(2 ** 40, -(2 ** 31)), garbage);
    case 'numeric':
    case 'double precision':
      return fc.oneof(fc.double(), fc.integer(), garbage);
    case 'boolean':
      return fc.oneof(fc.boolean(), garbage);
    case 'date':
    case 'timestamp with time zone':
      return fc.oneof(
        fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, type === 'date' ? 10 : undefined)),
        garbage,
      );
    case 'jsonb':
    case 'json':
      return fc.oneof(fc.jsonValue({ maxDepth: 3 }), garbage);
    default:
      return garbage;
  }
}

/** Arguments by name; a trailing argument with a default may be left out. */
function argsOf(rpc: Rpc): fc.Arbitrary<Record<string, unknown>> {
  const firstOptional = rpc.args.length - rpc.defaults;
  const parts = rpc.args.map((a, i) =>
    i >= firstOptional ? fc.option(valueOf(a.type), { nil: undefined, freq: 3 }) : valueOf(a.type),
  );
  return fc.tuple(...parts).map((values) => {
    const out: Record<string, unknown> = {};
    rpc.args.forEach((a, i) => {
      if (values[i] !== undefined) out[a.name] = values[i];
    });
    return out;
  });
}

async function call(rpc: Rpc, actor: keyof typeof ACTORS, args: Record<string, unknown>) {
  const token = tokens.get(actor);
  const res = await handler(`${BASE}/rest/v1/rpc/${rpc.name}`, {
    method: 'POST',
    headers: {
      apikey: EMBEDDED_ANON_KEY,
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(args),
  });
  const text = await res.text();
  if (res.ok) return { ok: true as const, status: res.status };
  const body = JSON.parse(text) as { code?: string; message?: string };
  return { ok: false as const, status: res.status, code: body.code ?? '?', message: body.message ?? text };
}

const fingerprint = () => publicFingerprint(db as unknown as Transaction);

describe('random and malformed input to every RPC', () => {
  it('finds the RPCs in the catalog', () => {
    expect(rpcs.length).toBeGreaterThan(30);
  });

  for (const actor of Object.keys(ACTORS) as (keyof typeof ACTORS)[]) {
    it(`as ${actor}: a success or an expected SQLSTATE, and nothing written by a failed call`, async () => {
      const problems: string[] = [];
      // the data as it is now, while no call has succeeded since it was taken (most fuzzed calls fail, and a failed
      // one must leave it so): fingerprinting every table costs more than the call
      let current: string | undefined;
      for (const rpc of rpcs) {
        await fc
          .assert(
            fc.asyncProperty(argsOf(rpc), async (args) => {
              const before = rpc.volatile ? (current ??= await fingerprint()) : '';
              const result = await call(rpc, actor, args);
              if (result.ok) {
                if (rpc.volatile) current = undefined;
                return;
              }
              const detail = `${rpc.name}(${JSON.stringify(args).slice(0, 300)}) → ${result.status} ${result.code}: ${result.message}`;
              if (!EXPECTED_CODES.has(result.code) && !result.code.startsWith('22'))
                throw new Error(`unexpected error: ${detail}`);
              if (rpc.volatile) {
                current = await fingerprint();
                if (current !== before) throw new Error(`failed call wrote data: ${detail}`);
              }
            }),
            { numRuns: RUNS, endOnFailure: true },
          )
          .catch((e: unknown) => {
            const message = (e as Error).message;
            const reason = /(unexpected error|failed call wrote data): .*/.exec(message)?.[0];
            problems.push(reason ? `${reason} (${/seed: \d+/.exec(message)?.[0]})` : message);
          });
      }
      expect(problems).toEqual([]);
    }, 600_000);
  }
});
