// supabase-js against the embedded backend, data side: /rest/v1/rpc answered as PostgREST would, with row level
// security and grants enforced by Postgres itself because role and JWT claims are set per request.
import type { PGlite } from '@electric-sql/pglite';
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { createEmbeddedFetch, getAnonKey, type EmbeddedFetch } from '../../src/lib/embedded/handler';
import { EMBEDDED_ANON_KEY } from '../../src/lib/embedded/jwt';
import type { Database } from '../../src/lib/supabase/database.types';
import { createTestDb } from '../utils/test-db';

const BASE = 'http://embedded.test';
const RESIDENT = 'bewoner@demo.agendakaart.nl';
const AREA_TEAM = 'team.noord@demo.agendakaart.nl';

// Test-only functions for behaviour the app's own functions do not show (yet): a write followed by an error,
// set-returning and void functions, and PostgREST's ways to pick an HTTP status from SQL.
const TEST_FUNCTIONS = `
  create function public.embedded_test_rename_then_fail(p_display_name text) returns jsonb
    language plpgsql security definer set search_path = '' as $$
  begin
    update public.profiles set display_name = p_display_name where id = auth.uid();
    raise exception using errcode = '22023', message = 'Deze wijziging mag niet.';
  end $$;
  create function public.embedded_test_numbers(p_upto int) returns setof int language sql as
    $$ select generate_series(1, p_upto) $$;
  create function public.embedded_test_nothing() returns void language sql as $$ select $$;
  create function public.embedded_test_raise(p_how text) returns jsonb language plpgsql as $$
  begin
    if p_how = 'pgrst' then
      raise sqlstate 'PGRST' using message = '{"code":"P0002","message":"Gebied niet gevonden."}',
        detail = '{"status":404,"headers":{"X-Reden":"test"}}';
    end if;
    raise sqlstate 'PT402' using message = 'Betaling vereist';
  end $$;
  grant execute on function public.embedded_test_rename_then_fail(text) to authenticated;
  grant execute on function public.embedded_test_numbers(int), public.embedded_test_nothing(),
    public.embedded_test_raise(text) to anon;
`;

let db: PGlite;
let embeddedFetch: EmbeddedFetch;

beforeAll(async () => {
  db = await createTestDb();
  await db.exec(TEST_FUNCTIONS);
  embeddedFetch = await createEmbeddedFetch(db);
});
afterAll(() => db.close());

function client(): SupabaseClient<Database> {
  return createClient<Database>(BASE, EMBEDDED_ANON_KEY, {
    global: { fetch: embeddedFetch },
    auth: { persistSession: false, autoRefreshToken: false },
  });
}

/** For functions outside the generated types (the test functions above, unknown names). */
const untyped = (c: SupabaseClient<Database>) => c as unknown as SupabaseClient;

async function signedIn(email: string): Promise<SupabaseClient<Database>> {
  const c = client();
  const { error } = await c.auth.signInWithPassword({ email, password: 'demo-wachtwoord' });
  expect(error).toBeNull();
  return c;
}

async function areaId(slug: string): Promise<string> {
  return ((await client().rpc('area_page', { p_slug: slug })).data as { area: { id: string } }).area.id;
}

describe('reads', () => {
  test('a visitor reads the map: 8 areas and 59 districts', async () => {
    const { data, error, status } = await client().rpc('map_overview');
    expect([error, status]).toEqual([null, 200]);
    const overview = data as { areas: unknown[]; districts: unknown[] };
    expect(overview.areas).toHaveLength(8);
    expect(overview.districts).toHaveLength(59);
  });

  test('me() is null for a visitor; GET and single() work for a read function', async () => {
    expect(await client().rpc('me')).toMatchObject({ data: null, error: null, status: 200 });
    const viaGet = await client().rpc('area_page', { p_slug: 'noord' }, { get: true }).single();
    expect(viaGet.data).toMatchObject({ area: { slug: 'noord' } });
  });

  test('an unknown area is P0002 with its Dutch message, which PostgREST answers with 500 (P0*)', async () => {
    const { error, status } = await client().rpc('area_page', { p_slug: 'atlantis' });
    expect(status).toBe(500);
    expect(error).toMatchObject({ code: 'P0002', message: 'Gebied niet gevonden.' });
  });
});

describe('authorization', () => {
  test('a resident editing an area: 403, 42501 and the Dutch message', async () => {
    const c = await signedIn(RESIDENT);
    const { data, error, status } = await c.rpc('update_area', {
      p_area_id: await areaId('noord'),
      p_description: 'x',
    });
    expect([data, status]).toEqual([null, 403]);
    expect(error).toMatchObject({ code: '42501', message: 'Je hebt geen rechten om dit gebied te bewerken.' });
  });

  test('the Noord team edits Noord but not Reeshof', async () => {
    const c = await signedIn(AREA_TEAM);
    const ok = await c.rpc('update_area', { p_area_id: await areaId('noord'), p_description: 'Samen aan Noord.' });
    expect(ok.error).toBeNull();
    expect((await client().rpc('area_page', { p_slug: 'noord' })).data).toMatchObject({
      area: { description: 'Samen aan Noord.' },
    });
    const refused = await c.rpc('update_area', { p_area_id: await areaId('reeshof'), p_description: 'x' });
    expect([refused.status, refused.error?.code]).toEqual([403, '42501']);
  });

  test('a visitor calling a signed-in-only function: 401 with WWW-Authenticate', async () => {
    const { error, status } = await client().rpc('update_profile', { p_display_name: 'Anoniem' });
    expect([status, error?.code]).toEqual([401, '42501']);
    const raw = await embeddedFetch(`${BASE}/rest/v1/rpc/update_profile`, {
      method: 'POST',
      headers: { apikey: EMBEDDED_ANON_KEY, 'Content-Type': 'application/json' },
      body: JSON.stringify({ p_display_name: 'Anoniem' }),
    });
    expect(raw.headers.get('WWW-Authenticate')).toBe('Bearer');
  });

  test('a forged or unsigned token is refused with PGRST301, not treated as a visitor', async () => {
    const payload = btoa(JSON.stringify({ sub: '00000000-0000-4000-8000-000000000004', role: 'authenticated' }));
    for (const token of [`eyJhbGciOiJIUzI1NiJ9.${payload}.x`, `eyJhbGciOiJub25lIn0.${payload}.`, 'niet-een-jwt']) {
      const forged = createClient<Database>(BASE, EMBEDDED_ANON_KEY, {
        global: { fetch: embeddedFetch, headers: { Authorization: `Bearer ${token}` } },
        auth: { persistSession: false, autoRefreshToken: false },
      });
      const { error, status } = await forged.rpc('admin_list_users');
      expect([status, error?.code]).toEqual([401, 'PGRST301']);
    }
  });

  test("the database's anon JWT is accepted as the key and acts as a visitor; a wrong key is refused", async () => {
    const anon = createClient<Database>(BASE, await getAnonKey(db), {
      global: { fetch: embeddedFetch },
      auth: { persistSession: false, autoRefreshToken: false },
    });
    expect((await anon.rpc('map_overview')).status).toBe(200);
    expect((await anon.rpc('update_profile', { p_display_name: 'Anoniem' })).status).toBe(401);
    const wrongKey = createClient<Database>(BASE, 'een-verzonnen-sleutel', { global: { fetch: embeddedFetch } });
    expect(await wrongKey.rpc('map_overview')).toMatchObject({ status: 401, error: { message: 'Invalid API key' } });
  });

  test('an admin lists users; the area team cannot', async () => {
    const users = (await (await signedIn('beheer@demo.agendakaart.nl')).rpc('admin_list_users')).data as unknown[];
    expect(users.length).toBeGreaterThanOrEqual(4);
    expect((await (await signedIn(AREA_TEAM)).rpc('admin_list_users')).error?.code).toBe('42501');
  });
});

/** A client signed in as `email` whose backend records what it tells the app: writes, commits and flushes. */
async function recordingClient(email: string) {
  const events: string[] = [];
  const recording = await createEmbeddedFetch(db, {
    flush: async () => void events.push('flush'),
    beforeWrite: () => events.push('write'),
    onCommit: (lasting) => events.push(lasting ? 'commit' : 'passing commit'),
  });
  const c = createClient<Database>(BASE, EMBEDDED_ANON_KEY, {
    global: { fetch: recording },
    auth: { persistSession: false, autoRefreshToken: false },
  });
  await c.auth.signInWithPassword({ email, password: 'demo-wachtwoord' });
  events.length = 0;
  return { c, events };
}

describe('writes are one transaction', () => {
  test('invalid input: 400, the Dutch message, nothing written', async () => {
    const c = await signedIn(RESIDENT);
    const { error, status } = await c.rpc('update_profile', { p_display_name: 'x' });
    expect(status).toBe(400);
    expect(error).toMatchObject({ code: '22023', message: 'Naam moet tussen 2 en 80 tekens zijn.' });
    expect((await c.rpc('me')).data).toMatchObject({ display_name: 'Sanne de Vries' });
  });

  test('an error after a write rolls the write back', async () => {
    const c = untyped(await signedIn(RESIDENT));
    const { error, status } = await c.rpc('embedded_test_rename_then_fail', { p_display_name: 'Half Geschreven' });
    expect([status, error?.code]).toEqual([400, '22023']);
    const { rows } = await db.query("select 1 from public.profiles where display_name = 'Half Geschreven'");
    expect(rows).toHaveLength(0);
  });

  test('a committed write is announced (to the other tabs) before the flush; a read or a failed write is not', async () => {
    const { c, events } = await recordingClient(RESIDENT);
    expect((await c.rpc('me')).error).toBeNull();
    expect(events).toEqual([]);
    expect((await c.rpc('update_profile', { p_display_name: 'x' })).status).toBe(400);
    expect(events).toEqual(['write']); // told before: this browser's kept answers are not given meanwhile
    events.length = 0;
    expect((await c.rpc('update_profile', { p_display_name: 'Sanne de Vries' })).error).toBeNull();
    expect(events).toEqual(['write', 'commit', 'flush']);
  });

  test('a presence ticket is announced, but keeps the earlier answers and waits for no flush', async () => {
    const { c, events } = await recordingClient(AREA_TEAM);
    const { rows } = await db.query<{ id: string }>("select id from public.documents where slug = 'wijkagenda-noord'");
    const joined = await c.rpc('join_document_presence', { p_document_id: rows[0]!.id });
    expect(joined.error).toBeNull();
    expect(events).toEqual(['passing commit']);
  });

  test('a write through GET is refused: the transaction is read-only (405)', async () => {
    const c = await signedIn(AREA_TEAM);
    const args = { p_area_id: await areaId('noord'), p_description: 'Via GET' };
    const { error, status } = await c.rpc('update_area', args, { get: true });
    expect([status, error?.code]).toEqual([405, '25006']);
  });
});

describe('PostgREST details', () => {
  test('unknown functions, other schemas, unknown or missing arguments: 404 PGRST202', async () => {
    const c = untyped(client());
    const unknown = await c.rpc('pg_sleep', { seconds: 1 });
    expect(unknown).toMatchObject({ status: 404, error: { code: 'PGRST202' } });
    expect(unknown.error?.message).toBe('Could not find the function public.pg_sleep(seconds) in the schema cache');
    for (const [fn, args] of [
      ['auth.uid', {}],
      ['map_overview();drop', {}],
      ['area_page', { p_slug: 'noord', p_evil: 1 }],
      ['area_page', {}],
    ] as const) {
      expect((await c.rpc(fn, args)).error?.code).toBe('PGRST202');
    }
    const otherSchema = await untyped(client()).schema('auth').rpc('uid');
    expect([otherSchema.status, otherSchema.error?.code]).toEqual([406, 'PGRST106']);
  });

  test('set-returning and void functions; single() on several rows is 406 PGRST116', async () => {
    const c = untyped(client());
    expect((await c.rpc('embedded_test_numbers', { p_upto: 3 })).data).toEqual([1, 2, 3]);
    expect(await c.rpc('embedded_test_numbers', { p_upto: 2 }).single()).toMatchObject({
      status: 406,
      error: { code: 'PGRST116', details: 'The result contains 2 rows' },
    });
    expect(await c.rpc('embedded_test_nothing')).toMatchObject({ status: 204, data: null, error: null });
  });

  test("SQL picks the status with sqlstate 'PGRST' or 'PTnnn'", async () => {
    const c = untyped(client());
    expect(await c.rpc('embedded_test_raise', { p_how: 'pgrst' })).toMatchObject({
      status: 404,
      error: { code: 'P0002', message: 'Gebied niet gevonden.' },
    });
    expect(await c.rpc('embedded_test_raise', { p_how: 'pt' })).toMatchObject({
      status: 402,
      error: { code: 'PT402', message: 'Betaling vereist' },
    });
  });
});
