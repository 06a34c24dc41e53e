// Accounts as a Supabase project with e-mail confirmation on answers them, through supabase-js and the embedded
// handler: sign-up without a session until the mail's link is followed, links that expire and work once, password
// reset, e-mail change with confirmation, GoTrue's per-address rate limit, and auth.users token columns never NULL.
// The mails land in the page's outbox (src/lib/embedded/outbox.ts), which the app shows in embedded mode.
import type { PGlite } from '@electric-sql/pglite';
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { createEmbeddedFetch, type EmbeddedFetch } from '../../src/lib/embedded/handler';
import { EMBEDDED_ANON_KEY } from '../../src/lib/embedded/jwt';
import { outboxMails, type OutboxMail } from '../../src/lib/embedded/outbox';
import type { Database } from '../../src/lib/supabase/database.types';
import { createTestDb } from '../utils/test-db';

const BASE = 'http://embedded.test';
const SITE = 'http://app.test';
const PASSWORD = 'lang-genoeg-1';
const TOKEN_COLUMNS = ['confirmation_token', 'recovery_token', 'email_change_token_new', 'email_change'];

let db: PGlite;
let embeddedFetch: EmbeddedFetch;
let counter = 0;

beforeAll(async () => {
  db = await createTestDb();
  // as in Supabase's auth.users: these four have no default, so the backend must write '' itself
  await db.exec(TOKEN_COLUMNS.map((c) => `alter table auth.users alter column ${c} drop default;`).join('\n'));
  embeddedFetch = await createEmbeddedFetch(db, { siteUrl: SITE });
});
afterAll(() => db.close());

function client(): SupabaseClient<Database> {
  return createClient<Database>(BASE, EMBEDDED_ANON_KEY, {
    global: { fetch: embeddedFetch },
    auth: { persistSession: false, autoRefreshToken: false },
  });
}

const newAddress = () => `persoon-${++counter}-${Date.now()}@flows.test`;

/** The newest mail to this address; fails when there is none. */
function mailTo(address: string): OutboxMail & { tokenHash: string; url: URL } {
  const mail = outboxMails().find((m) => m.to === address);
  expect(mail, `a mail to ${address} in the outbox`).toBeDefined();
  const url = new URL(mail!.link);
  return { ...mail!, url, tokenHash: url.searchParams.get('token_hash')! };
}
const mailCount = (address: string) => outboxMails().filter((m) => m.to === address).length;

async function signUp(email = newAddress(), options: { emailRedirectTo?: string } = {}) {
  const up = await client().auth.signUp({
    email,
    password: PASSWORD,
    options: { data: { display_name: 'Noor' }, ...options },
  });
  expect(up.error).toBeNull();
  return { email, up };
}

/** Pushes a mail's send time back, as if it went out `seconds` ago. */
async function sentAgo(email: string, column: string, seconds: number) {
  await db.query(`update auth.users set ${column} = now() - make_interval(secs => $2) where email = $1`, [
    email,
    seconds,
  ]);
}

async function confirmedUser() {
  const { email } = await signUp();
  const c = client();
  expect((await c.auth.verifyOtp({ token_hash: mailTo(email).tokenHash, type: 'signup' })).error).toBeNull();
  return { email, client: c };
}

describe('sign-up with e-mail confirmation on', () => {
  test('no session; the outbox has the link; following it signs in and confirms', async () => {
    const { email, up } = await signUp(newAddress(), { emailRedirectTo: `${SITE}/gebied/noord` });
    expect(up.data.session).toBeNull();
    expect(up.data.user).toMatchObject({ email, user_metadata: { display_name: 'Noor' } });
    expect(up.data.user?.email_confirmed_at).toBeUndefined();
    expect(up.data.user?.confirmation_sent_at).toEqual(expect.any(String));
    expect(up.data.user?.created_at).toEqual(expect.any(String));
    expect(up.data.user?.identities?.map((i) => i.provider)).toEqual(['email']);

    const mail = mailTo(email);
    expect(mail).toMatchObject({ kind: 'signup' });
    expect(mail.url.origin + mail.url.pathname).toBe(`${SITE}/auth/bevestigen`);
    expect(Object.fromEntries(mail.url.searchParams)).toEqual({
      token_hash: expect.stringMatching(/^[0-9a-f]{56}$/),
      type: 'signup',
      next: '/gebied/noord',
    });
    const { rows } = await db.query<{ confirmation_token: string }>(
      'select confirmation_token from auth.users where email = $1',
      [email],
    );
    expect(rows[0]?.confirmation_token).toBe(mail.tokenHash); // GoTrue keeps the link's token hash

    const early = await client().auth.signInWithPassword({ email, password: PASSWORD });
    expect(early.error).toMatchObject({ code: 'email_not_confirmed', status: 400 });

    const c = client();
    const verified = await c.auth.verifyOtp({ token_hash: mail.tokenHash, type: 'signup' });
    expect(verified.error).toBeNull();
    expect(verified.data.session?.access_token).toBeTruthy();
    expect(verified.data.user?.email_confirmed_at).toEqual(expect.any(String));
    expect((await c.rpc('me')).data).toMatchObject({ display_name: 'Noor', roles: ['resident'] });
    expect((await client().auth.signInWithPassword({ email, password: PASSWORD })).error).toBeNull();
  });

  test('a redirect to another site is not followed: the link goes to the start page', async () => {
    const { email } = await signUp(newAddress(), { emailRedirectTo: 'https://elders.example/x' });
    expect(mailTo(email).url.searchParams.get('next')).toBe('/');
  });

  test('a confirmed address answers like a new sign-up (no identities, no mail), so it reveals nothing', async () => {
    const { email } = await confirmedUser();
    const before = mailCount(email);
    const again = await client().auth.signUp({ email, password: 'een-ander-wachtwoord' });
    expect(again.error).toBeNull();
    expect(again.data.session).toBeNull();
    expect(again.data.user?.identities).toEqual([]);
    expect(mailCount(email)).toBe(before);
  });

  test('an expired link and a used link answer 403 otp_expired', async () => {
    const { email } = await signUp();
    const { tokenHash } = mailTo(email);
    await sentAgo(email, 'confirmation_sent_at', 3601);
    const expired = await client().auth.verifyOtp({ token_hash: tokenHash, type: 'signup' });
    expect(expired.error).toMatchObject({
      code: 'otp_expired',
      status: 403,
      message: 'Email link is invalid or has expired',
    });
    expect(expired.data.session).toBeNull();

    await sentAgo(email, 'confirmation_sent_at', 3599);
    expect((await client().auth.verifyOtp({ token_hash: tokenHash, type: 'signup' })).error).toBeNull();
    const reused = await client().auth.verifyOtp({ token_hash: tokenHash, type: 'signup' });
    expect(reused.error).toMatchObject({ code: 'otp_expired', status: 403 });
    const wrongType = await client().auth.verifyOtp({ token_hash: tokenHash, type: 'recovery' });
    expect(wrongType.error).toMatchObject({ code: 'otp_expired', status: 403 });
  });

  test('a wrong 6-digit code answers GoTrue\'s "Token has expired or is invalid"', async () => {
    const { email } = await signUp();
    const wrong = await client().auth.verifyOtp({ email, token: '000000', type: 'email' });
    expect(wrong.error).toMatchObject({ code: 'otp_expired', status: 403, message: 'Token has expired or is invalid' });
  });
});

describe('password reset', () => {
  test('recover → link → verify → new password → sign in with it; other sessions end', async () => {
    const { email, client: elsewhere } = await confirmedUser();
    const reset = await client().auth.resetPasswordForEmail(email, { redirectTo: `${SITE}/wachtwoord-herstellen` });
    expect(reset).toEqual({ data: {}, error: null });
    const mail = mailTo(email);
    expect(mail.kind).toBe('recovery');
    expect(mail.url.searchParams.get('type')).toBe('recovery');
    expect(mail.url.searchParams.get('next')).toBe('/wachtwoord-herstellen');

    const c = client();
    const verified = await c.auth.verifyOtp({ token_hash: mail.tokenHash, type: 'recovery' });
    expect(verified.error).toBeNull();
    expect((await c.auth.updateUser({ password: 'nieuw-wachtwoord-2' })).error).toBeNull();
    expect((await client().auth.signInWithPassword({ email, password: PASSWORD })).error).toMatchObject({
      code: 'invalid_credentials',
    });
    expect((await client().auth.signInWithPassword({ email, password: 'nieuw-wachtwoord-2' })).error).toBeNull();
    expect((await elsewhere.auth.refreshSession()).error).not.toBeNull();
  });

  test('an unknown address gets the very same answer, and no mail', async () => {
    const { email } = await confirmedUser();
    const ask = (address: string) =>
      embeddedFetch(`${BASE}/auth/v1/recover`, {
        method: 'POST',
        headers: {
          apikey: EMBEDDED_ANON_KEY,
          'Content-Type': 'application/json',
          'X-Supabase-Api-Version': '2024-01-01',
        },
        body: JSON.stringify({ email: address }),
      });
    const known = await ask(email);
    const unknown = await ask('niemand-hier@flows.test');
    expect([unknown.status, await unknown.text()]).toEqual([known.status, await known.text()]);
    expect(known.status).toBe(200);
    expect(mailCount('niemand-hier@flows.test')).toBe(0);
    // a second request within the minute: 429 for both, so that does not tell them apart either
    const [again, againUnknown] = [await ask(email), await ask('niemand-hier@flows.test')];
    expect([again.status, againUnknown.status]).toEqual([429, 429]);
    expect(await againUnknown.json()).toMatchObject({ code: 'over_email_send_rate_limit' });
  });
});

describe('e-mail change', () => {
  test('the new address must confirm before it applies', async () => {
    const { email, client: c } = await confirmedUser();
    const next = newAddress();
    const asked = await c.auth.updateUser({ email: next }, { emailRedirectTo: `${SITE}/profiel` });
    expect(asked.error).toBeNull();
    expect(asked.data.user).toMatchObject({ email, new_email: next });
    const mail = mailTo(next);
    expect(mail.kind).toBe('email_change');
    expect(mail.url.searchParams.get('next')).toBe('/profiel');
    expect(mailCount(email)).toBe(1); // only the sign-up mail: one confirmation, to the new address
    expect((await client().auth.signInWithPassword({ email: next, password: PASSWORD })).error).not.toBeNull();

    const verified = await client().auth.verifyOtp({ token_hash: mail.tokenHash, type: 'email_change' });
    expect(verified.error).toBeNull();
    expect(verified.data.user).toMatchObject({ email: next });
    expect(verified.data.user?.new_email).toBeUndefined();
    expect((await client().auth.signInWithPassword({ email: next, password: PASSWORD })).error).toBeNull();
    expect((await client().auth.signInWithPassword({ email, password: PASSWORD })).error).not.toBeNull();
    const { rows } = await db.query<{ email: string }>(
      "select identity_data->>'email' as email from auth.identities i join auth.users u on u.id = i.user_id where u.email = $1",
      [next],
    );
    expect(rows).toEqual([{ email: next }]);
  });

  test('an address that is taken is refused (422 email_exists)', async () => {
    const { client: c } = await confirmedUser();
    const { email: taken } = await confirmedUser();
    expect((await c.auth.updateUser({ email: taken })).error).toMatchObject({ code: 'email_exists', status: 422 });
  });
});

describe('resend and its rate limit', () => {
  test('within a minute 429 over_email_send_rate_limit; after it a new mail, and the old link stops working', async () => {
    const { email } = await signUp();
    const first = mailTo(email);
    const soon = await client().auth.resend({ type: 'signup', email });
    expect(soon.error).toMatchObject({ code: 'over_email_send_rate_limit', status: 429 });
    expect(soon.error?.message).toMatch(/^For security purposes, you can only request this after \d+ seconds\.$/);

    await sentAgo(email, 'confirmation_sent_at', 61);
    expect((await client().auth.resend({ type: 'signup', email })).error).toBeNull();
    const second = mailTo(email);
    expect(second.tokenHash).not.toBe(first.tokenHash);
    expect((await client().auth.verifyOtp({ token_hash: first.tokenHash, type: 'signup' })).error?.code).toBe(
      'otp_expired',
    );
    expect((await client().auth.verifyOtp({ token_hash: second.tokenHash, type: 'signup' })).error).toBeNull();
  });

  test('an unknown or confirmed address: 200 and no mail', async () => {
    const { email } = await confirmedUser();
    const count = mailCount(email);
    expect((await client().auth.resend({ type: 'signup', email })).error).toBeNull();
    expect((await client().auth.resend({ type: 'signup', email: 'onbekend@flows.test' })).error).toBeNull();
    expect(mailCount(email)).toBe(count);
  });
});

test('GET /settings: e-mail sign-up with confirmation, no other provider', async () => {
  const response = await embeddedFetch(`${BASE}/auth/v1/settings`, { headers: { apikey: EMBEDDED_ANON_KEY } });
  const settings = (await response.json()) as { external: Record<string, boolean>; mailer_autoconfirm: boolean };
  expect(settings.mailer_autoconfirm).toBe(false);
  expect(settings.external.email).toBe(true);
  expect(Object.entries(settings.external).filter(([name, on]) => on && name !== 'email')).toEqual([]);
});

test('no token column of the users it made is ever NULL, and it sets the times GoTrue sets', async () => {
  const { rows } = await db.query<{ email: string }>(
    `select email from auth.users where email like '%@flows.test'
       and (${TOKEN_COLUMNS.map((c) => `${c} is null`).join(' or ')} or created_at is null or updated_at is null)`,
  );
  expect(rows).toEqual([]);
  const { rows: mine } = await db.query<{ n: number }>(
    "select count(*)::int as n from auth.users where email like '%@flows.test'",
  );
  expect(mine[0]!.n).toBeGreaterThan(5);
});
