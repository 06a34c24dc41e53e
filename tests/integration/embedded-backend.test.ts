// supabase-js against the embedded backend: the real client, the real handler, a real PGlite with the real
// migrations and seed. What the app does over HTTP, asserted as a user or an attacker would notice it.
import type { PGlite } from '@electric-sql/pglite';
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { createEmbeddedFetch } from '../../src/lib/embedded/handler';
import { EMBEDDED_ANON_KEY } from '../../src/lib/embedded/jwt';
import type { Database } from '../../src/lib/supabase/database.types';
import { createTestDb } from '../utils/test-db';

const PASSWORD = 'demo-wachtwoord';
const DEMO = {
  areaTeam: 'team.noord@demo.agendakaart.nl',
  council: 'wijkraad.heyhoef@demo.agendakaart.nl',
  resident: 'bewoner@demo.agendakaart.nl',
  admin: 'beheer@demo.agendakaart.nl',
};

let db: PGlite;
let fetchImpl: Awaited<ReturnType<typeof createEmbeddedFetch>>;

beforeAll(async () => {
  db = await createTestDb();
  fetchImpl = await createEmbeddedFetch(db);
});
afterAll(() => db.close());

function client(): SupabaseClient<Database> {
  return createClient<Database>('http://embedded.test', EMBEDDED_ANON_KEY, {
    global: { fetch: fetchImpl },
    auth: { persistSession: false, autoRefreshToken: false },
  });
}

async function signedIn(email: string): Promise<SupabaseClient<Database>> {
  const c = client();
  const { error } = await c.auth.signInWithPassword({ email, password: PASSWORD });
  expect(error).toBeNull();
  return c;
}

type Me = { roles: string[]; area_team_areas: { slug: string }[]; councils: { name: string }[]; is_admin: boolean };

describe('auth', () => {
  test.each([
    [DEMO.areaTeam, ['area_team', 'resident']],
    [DEMO.council, ['council', 'resident']],
    [DEMO.resident, ['resident']],
    [DEMO.admin, ['admin', 'resident']],
  ])('%s signs in and me() returns roles %j', async (email, roles) => {
    const c = await signedIn(email);
    const { data: user } = await c.auth.getUser();
    expect(user.user?.email).toBe(email);
    const { data, error } = await c.rpc('me');
    expect(error).toBeNull();
    expect((data as Me).roles).toEqual(roles);
  });

  test('a wrong password is refused with invalid_credentials', async () => {
    const { data, error } = await client().auth.signInWithPassword({
      email: DEMO.resident,
      password: 'fout-wachtwoord',
    });
    expect(data.session).toBeNull();
    expect(error?.code).toBe('invalid_credentials');
    expect(error?.status).toBe(400);
  });

  test('sign-up creates a resident with a profile, who can then sign in', async () => {
    const email = `nieuw-${Date.now()}@voorbeeld.nl`;
    const up = await client().auth.signUp({
      email,
      password: 'lang-genoeg-1',
      options: { data: { display_name: 'Noor Bakker' } },
    });
    expect(up.error).toBeNull();
    expect(up.data.session?.access_token).toBeTruthy();
    const c = client();
    expect((await c.auth.signInWithPassword({ email, password: 'lang-genoeg-1' })).error).toBeNull();
    const { data } = await c.rpc('me');
    expect(data).toMatchObject({ display_name: 'Noor Bakker', roles: ['resident'] });
  });

  test('sign-up refuses a taken email, a short password and a malformed email', async () => {
    const taken = await client().auth.signUp({ email: DEMO.resident, password: 'lang-genoeg-1' });
    expect(taken.error?.code).toBe('user_already_exists');
    const weak = await client().auth.signUp({ email: 'zwak@voorbeeld.nl', password: 'kort' });
    expect(weak.error?.code).toBe('weak_password');
    const bad = await client().auth.signUp({ email: 'geen-adres', password: 'lang-genoeg-1' });
    expect(bad.error?.code).toBe('validation_failed');
  });

  test('refresh gives a new session and the old refresh token cannot be used twice', async () => {
    const c = await signedIn(DEMO.resident);
    const old = (await c.auth.getSession()).data.session!;
    const fresh = await c.auth.refreshSession();
    expect(fresh.error).toBeNull();
    expect(fresh.data.session?.refresh_token).not.toBe(old.refresh_token);
    const replay = await client().auth.refreshSession({ refresh_token: old.refresh_token });
    expect(replay.error?.code).toBe('refresh_token_not_found');
  });

  test('sign-out revokes the refresh token', async () => {
    const c = await signedIn(DEMO.resident);
    const token = (await c.auth.getSession()).data.session!.refresh_token;
    expect((await c.auth.signOut()).error).toBeNull();
    const again = await client().auth.refreshSession({ refresh_token: token });
    expect(again.error).not.toBeNull();
  });
});

describe('rpc', () => {
  test('a visitor reads the map: 8 areas and 59 districts', async () => {
    const { data, error } = await client().rpc('map_overview');
    expect(error).toBeNull();
    const overview = data as { areas: unknown[]; districts: unknown[] };
    expect(overview.areas).toHaveLength(8);
    expect(overview.districts).toHaveLength(59);
  });

  test('a visitor gets me() = null', async () => {
    const { data, error } = await client().rpc('me');
    expect(error).toBeNull();
    expect(data).toBeNull();
  });

  test('a resident editing an area is refused with 403, 42501 and a Dutch message', async () => {
    const c = await signedIn(DEMO.resident);
    const page = (await c.rpc('area_page', { p_slug: 'noord' })).data as { area: { id: string } };
    const { data, error, status } = await c.rpc('update_area', { p_area_id: page.area.id, p_description: 'Gekaapt' });
    expect(data).toBeNull();
    expect(status).toBe(403);
    expect(error?.code).toBe('42501');
    expect(error?.message).toBe('Je hebt geen rechten om dit gebied te bewerken.');
  });

  test('the Noord team edits Noord but not Reeshof', async () => {
    const c = await signedIn(DEMO.areaTeam);
    const noord = (await c.rpc('area_page', { p_slug: 'noord' })).data as { area: { id: string }; can_edit: boolean };
    const reeshof = (await c.rpc('area_page', { p_slug: 'reeshof' })).data as {
      area: { id: string };
      can_edit: boolean;
    };
    expect([noord.can_edit, reeshof.can_edit]).toEqual([true, false]);
    const ok = await c.rpc('update_area', { p_area_id: noord.area.id, p_description: 'Samen werken aan Noord.' });
    expect(ok.error).toBeNull();
    expect((await client().rpc('area_page', { p_slug: 'noord' })).data).toMatchObject({
      area: { description: 'Samen werken aan Noord.' },
    });
    const refused = await c.rpc('update_area', { p_area_id: reeshof.area.id, p_description: 'x' });
    expect(refused.error?.code).toBe('42501');
  });

  test('a visitor calling a signed-in-only function gets 401', async () => {
    const { error, status } = await client().rpc('update_profile', { p_display_name: 'Anoniem' });
    expect(status).toBe(401);
    expect(error?.code).toBe('42501');
  });

  test('invalid input gives 400 and writes nothing', async () => {
    const c = await signedIn(DEMO.resident);
    const { error, status } = await c.rpc('update_profile', { p_display_name: 'x' });
    expect(status).toBe(400);
    expect(error?.code).toBe('22023');
    expect(error?.message).toBe('Naam moet tussen 2 en 80 tekens zijn.');
    expect((await c.rpc('me')).data).toMatchObject({ display_name: 'Sanne de Vries' });
  });

  test('an unknown area gives 404 with a Dutch message', async () => {
    const { error, status } = await client().rpc('area_page', { p_slug: 'atlantis' });
    expect(status).toBe(404);
    expect(error).toMatchObject({ code: 'P0002', message: 'Gebied niet gevonden.' });
  });

  test('an unknown function or argument gives 404 PGRST202', async () => {
    const c = client() as unknown as SupabaseClient;
    expect((await c.rpc('pg_sleep', { seconds: 1 })).error?.code).toBe('PGRST202');
    expect((await c.rpc('area_page', { p_slug: 'noord', p_evil: 1 })).error?.code).toBe('PGRST202');
  });

  test('a forged token is refused, and claims cannot be smuggled in', async () => {
    const forged = createClient<Database>('http://embedded.test', EMBEDDED_ANON_KEY, {
      global: {
        fetch: fetchImpl,
        headers: {
          Authorization:
            'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIwMDAwMDAwMC0wMDAwLTQwMDAtODAwMC0wMDAwMDAwMDAwMDQiLCJyb2xlIjoiYXV0aGVudGljYXRlZCJ9.x',
        },
      },
      auth: { persistSession: false, autoRefreshToken: false },
    });
    const { error, status } = await forged.rpc('admin_list_users');
    expect(status).toBe(401);
    expect(error?.code).toBe('PGRST301');
  });

  test('an admin lists users; the area team cannot', async () => {
    const admin = await signedIn(DEMO.admin);
    const users = (await admin.rpc('admin_list_users')).data as unknown[];
    expect(users.length).toBeGreaterThanOrEqual(4);
    const team = await signedIn(DEMO.areaTeam);
    expect((await team.rpc('admin_list_users')).error?.code).toBe('42501');
  });
});
