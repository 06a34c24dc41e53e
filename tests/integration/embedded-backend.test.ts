// supabase-js against the embedded backend, auth side: the real client, the real handler, a real PGlite with the
// real migrations and seed. What GoTrue would answer, asserted through what auth-js hands the app.
import type { PGlite } from '@electric-sql/pglite';
import { createClient, isAuthSessionMissingError, type SupabaseClient } from '@supabase/supabase-js';
import { decodeJwt, SignJWT } from 'jose';
import { createEmbeddedFetch, type EmbeddedFetch, type EmbeddedOptions } from '../../src/lib/embedded/handler';
import { EMBEDDED_ANON_KEY } from '../../src/lib/embedded/jwt';
import { outboxMails } from '../../src/lib/embedded/outbox';
import type { Database } from '../../src/lib/supabase/database.types';
import { createTestDb } from '../utils/test-db';

const BASE = 'http://embedded.test';
const PASSWORD = 'demo-wachtwoord';
const DEMO = {
  areaTeam: ['team.noord@demo.agendakaart.nl', ['area_team', 'resident']],
  council: ['wijkraad.heyhoef@demo.agendakaart.nl', ['council', 'resident']],
  resident: ['bewoner@demo.agendakaart.nl', ['resident']],
  admin: ['beheer@demo.agendakaart.nl', ['admin', 'resident']],
} as const;
const RESIDENT = DEMO.resident[0];

let db: PGlite;
let embeddedFetch: EmbeddedFetch;

beforeAll(async () => {
  db = await createTestDb();
  embeddedFetch = await createEmbeddedFetch(db);
});
afterAll(() => db.close());

function client(fetch: EmbeddedFetch = embeddedFetch): SupabaseClient<Database> {
  return createClient<Database>(BASE, EMBEDDED_ANON_KEY, {
    global: { fetch },
    auth: { persistSession: false, autoRefreshToken: false },
  });
}

async function signedIn(email: string, fetch?: EmbeddedFetch) {
  const c = client(fetch);
  const { data, error } = await c.auth.signInWithPassword({ email, password: PASSWORD });
  expect(error).toBeNull();
  return { client: c, session: data.session! };
}

async function signingKey(): Promise<Uint8Array> {
  const { rows } = await db.query<{ jwt_secret: string }>('select jwt_secret from auth.embedded_secrets');
  return new TextEncoder().encode(rows[0]!.jwt_secret);
}

describe('sign-in', () => {
  test.each(Object.values(DEMO))('%s signs in; me() gives roles %j', async (email, roles) => {
    const { client: c, session } = await signedIn(email);
    expect((await c.auth.getUser()).data.user?.email).toBe(email);
    const { data, error } = await c.rpc('me');
    expect(error).toBeNull();
    expect((data as { roles: string[] }).roles).toEqual(roles);
    const claims = decodeJwt(session.access_token);
    expect(claims).toMatchObject({ sub: session.user.id, role: 'authenticated', aud: 'authenticated', email });
    expect(claims.exp! - claims.iat!).toBe(3600);
    expect(claims.session_id).toEqual(expect.any(String));
  });

  test('a wrong password and an unknown email both give invalid_credentials (400)', async () => {
    for (const [email, password] of [
      [RESIDENT, 'fout-wachtwoord'],
      ['niemand@voorbeeld.nl', PASSWORD],
    ] as const) {
      const { data, error } = await client().auth.signInWithPassword({ email, password });
      expect(data.session).toBeNull();
      expect(error).toMatchObject({ code: 'invalid_credentials', status: 400, message: 'Invalid login credentials' });
    }
  });

  test('without an apikey the gateway refuses the request', async () => {
    const response = await embeddedFetch(`${BASE}/auth/v1/token?grant_type=password`, {
      method: 'POST',
      body: JSON.stringify({ email: RESIDENT, password: PASSWORD }),
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ message: 'No API key found in request' });
  });
});

/** Sign-up with confirmation on (tests/integration/embedded-auth-flows.test.ts has the details): no session until
 *  the link in the mail, which the outbox holds, is verified. */
async function signUpConfirmed(email: string, password: string, options?: { data: Record<string, unknown> }) {
  const up = await client().auth.signUp({ email, password, options });
  expect(up.error).toBeNull();
  expect(up.data.session).toBeNull();
  const link = new URL(outboxMails().find((m) => m.to === email)!.link);
  const c = client();
  const verified = await c.auth.verifyOtp({ token_hash: link.searchParams.get('token_hash')!, type: 'signup' });
  expect(verified.error).toBeNull();
  return { up, client: c };
}

describe('sign-up', () => {
  test('creates a user with an email identity and a profile, who can sign in once confirmed', async () => {
    const email = `nieuw-${Date.now()}@voorbeeld.nl`;
    const { up } = await signUpConfirmed(email, 'lang-genoeg-1', { data: { display_name: 'Noor Bakker' } });
    expect(up.data.user).toMatchObject({ email, user_metadata: { display_name: 'Noor Bakker' } });
    expect(up.data.user?.identities?.map((i) => i.provider)).toEqual(['email']);
    const c = client();
    expect((await c.auth.signInWithPassword({ email, password: 'lang-genoeg-1' })).error).toBeNull();
    expect((await c.rpc('me')).data).toMatchObject({ display_name: 'Noor Bakker', roles: ['resident'] });
  });

  test('a taken email answers like a new sign-up; a short password (422) and a malformed email (400) are refused', async () => {
    const taken = await client().auth.signUp({ email: RESIDENT.toUpperCase(), password: 'lang-genoeg-1' });
    expect(taken.error).toBeNull(); // with confirmation on GoTrue does not reveal that the address has an account
    expect(taken.data).toMatchObject({ session: null, user: { identities: [] } });
    const weak = await client().auth.signUp({ email: 'zwak@voorbeeld.nl', password: 'kort' });
    expect(weak.error).toMatchObject({ code: 'weak_password', status: 422, reasons: ['length'] });
    const bad = await client().auth.signUp({ email: 'geen-adres', password: 'lang-genoeg-1' });
    expect(bad.error).toMatchObject({ code: 'validation_failed', status: 400 });
    const { rows } = await db.query("select 1 from auth.users where email in ('zwak@voorbeeld.nl', 'geen-adres')");
    expect(rows).toHaveLength(0);
  });
});

describe('refresh tokens', () => {
  test('rotate; the parent of the active token gives that token again (a lost answer), nothing else', async () => {
    const { client: c, session: first } = await signedIn(RESIDENT);
    const second = (await c.auth.refreshSession()).data.session!;
    expect(second.refresh_token).not.toBe(first.refresh_token);
    expect(decodeJwt(second.access_token).session_id).toBe(decodeJwt(first.access_token).session_id);
    const again = await client().auth.refreshSession({ refresh_token: first.refresh_token });
    expect(again.error).toBeNull();
    expect(again.data.session?.refresh_token).toBe(second.refresh_token);
  });

  test('reusing an older token after the reuse interval revokes the whole session', async () => {
    const strict = await createEmbeddedFetch(db, { refreshTokenReuseSeconds: 0 } satisfies EmbeddedOptions);
    const { client: c, session: first } = await signedIn(RESIDENT, strict);
    await c.auth.refreshSession();
    const third = (await c.auth.refreshSession()).data.session!;
    const replay = await client(strict).auth.refreshSession({ refresh_token: first.refresh_token });
    expect(replay.error).toMatchObject({ code: 'refresh_token_already_used', status: 400 });
    const active = await client(strict).auth.refreshSession({ refresh_token: third.refresh_token });
    expect(active.error?.code).toBe('refresh_token_already_used');
  });
});

describe('sign-out', () => {
  test('revokes the refresh token and ends the session; the data API, like PostgREST, accepts the JWT until it expires', async () => {
    const { client: c, session } = await signedIn(RESIDENT);
    expect((await c.auth.signOut()).error).toBeNull();
    const again = await client().auth.refreshSession({ refresh_token: session.refresh_token });
    expect(again.error).toMatchObject({ code: 'refresh_token_not_found', status: 400 });
    const user = await client().auth.getUser(session.access_token);
    expect(isAuthSessionMissingError(user.error)).toBe(true);
    const rpc = await embeddedFetch(`${BASE}/rest/v1/rpc/me`, {
      method: 'POST',
      headers: { apikey: EMBEDDED_ANON_KEY, Authorization: `Bearer ${session.access_token}` },
    });
    expect(rpc.status).toBe(200);
  });

  test("scope 'local' ends only this tab's session", async () => {
    const one = await signedIn(RESIDENT);
    const two = await signedIn(RESIDENT);
    expect((await one.client.auth.signOut({ scope: 'local' })).error).toBeNull();
    expect((await client().auth.refreshSession({ refresh_token: one.session.refresh_token })).error).not.toBeNull();
    expect((await two.client.auth.refreshSession()).error).toBeNull();
  });
});

describe('tokens and users', () => {
  test('an expired access token: PGRST303 from the data API, bad_jwt from auth', async () => {
    const { session } = await signedIn(RESIDENT);
    const claims = decodeJwt(session.access_token);
    const past = Math.floor(Date.now() / 1000) - 7200;
    const expired = await new SignJWT({ ...claims, iat: past, exp: past + 3600 })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .sign(await signingKey());
    const headers = { apikey: EMBEDDED_ANON_KEY, Authorization: `Bearer ${expired}` };
    const rpc = await embeddedFetch(`${BASE}/rest/v1/rpc/me`, { method: 'POST', headers });
    expect(rpc.status).toBe(401);
    expect(await rpc.json()).toMatchObject({ code: 'PGRST303', message: 'JWT expired' });
    expect(rpc.headers.get('WWW-Authenticate')).toContain('invalid_token');
    const user = await client().auth.getUser(expired);
    expect(user.error).toMatchObject({ code: 'bad_jwt', status: 403 });
  });

  test('updateUser changes metadata and password, and refuses the same password', async () => {
    const email = `wijzig-${Date.now()}@voorbeeld.nl`;
    const { client: c } = await signUpConfirmed(email, 'eerste-wachtwoord');
    const updated = await c.auth.updateUser({ password: 'tweede-wachtwoord', data: { wijk: 'Heikant' } });
    expect(updated.error).toBeNull();
    expect(updated.data.user?.user_metadata).toMatchObject({ wijk: 'Heikant' });
    const same = await c.auth.updateUser({ password: 'tweede-wachtwoord' });
    expect(same.error).toMatchObject({ code: 'same_password', status: 422 });
    expect((await client().auth.signInWithPassword({ email, password: 'eerste-wachtwoord' })).error).not.toBeNull();
    expect((await client().auth.signInWithPassword({ email, password: 'tweede-wachtwoord' })).error).toBeNull();
  });
});
