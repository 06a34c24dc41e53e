// A fake Supabase project for component tests in Supabase mode: MSW answers supabase-js the way GoTrue does
// (supabase/auth, API version 2024-01-01: errors are `{code, message}` with the version header echoed) and
// answers the RPCs the account pages call. Each test file must switch the app to Supabase mode before anything
// imports src/config/env.ts:
//   vi.hoisted(() => { vi.stubEnv('VITE_SUPABASE_URL', 'https://agendakaart-test.supabase.co');
//                      vi.stubEnv('VITE_SUPABASE_ANON_KEY', 'test-anon-key'); });
import { http, HttpResponse, type HttpHandler } from 'msw';
import { setupServer } from 'msw/node';
import { env } from '@/config/env';
import type { Me } from '@/features/auth/model';
import { markFirstPaint } from '@/lib/first-paint';

const API_VERSION = { 'X-Supabase-Api-Version': '2024-01-01' };

export const authUrl = (path: string) => `${env.supabaseUrl}/auth/v1${path}`;
export const rpcUrl = (fn: string) => `${env.supabaseUrl}/rest/v1/rpc/${fn}`;
/** supabase-js keeps the session under `sb-<project ref>-auth-token` (localStorage by default). */
export const storageKey = () => `sb-${new URL(env.supabaseUrl!).hostname.split('.')[0]}-auth-token`;

/** A GoTrue error as auth-js (which sends the API version header) receives it. */
export function authError(status: number, code: string, message: string, extra: Record<string, unknown> = {}) {
  return HttpResponse.json({ code, message, ...extra }, { status, headers: API_VERSION });
}

const USER_ID = '6f1c1f3e-2c57-4d4c-9a43-0d1b8c6a9e21';
const now = () => new Date().toISOString();

/** GoTrue's user JSON; `confirmed: false` is a sign-up waiting for its confirmation mail. */
export function userJson({
  email = 'sanne@voorbeeld.nl',
  confirmed = true,
  newEmail,
  provider = 'email',
}: { email?: string; confirmed?: boolean; newEmail?: string; provider?: string } = {}) {
  const at = now();
  return {
    id: USER_ID,
    aud: 'authenticated',
    role: 'authenticated',
    email,
    ...(confirmed ? { email_confirmed_at: at, confirmed_at: at, last_sign_in_at: at } : {}),
    phone: '',
    confirmation_sent_at: at,
    ...(newEmail ? { new_email: newEmail, email_change_sent_at: at } : {}),
    app_metadata: { provider, providers: [provider] },
    user_metadata: {
      display_name: 'Sanne de Vries',
      email,
      email_verified: confirmed,
      phone_verified: false,
      sub: USER_ID,
    },
    identities: [
      {
        identity_id: 'b0f3e7a2-6a3b-4c1e-9a55-3c2d1e0f9a88',
        id: USER_ID,
        user_id: USER_ID,
        identity_data: { email, email_verified: confirmed, phone_verified: false, sub: USER_ID },
        provider,
        last_sign_in_at: at,
        created_at: at,
        updated_at: at,
        email,
      },
    ],
    created_at: at,
    updated_at: at,
    is_anonymous: false,
  };
}

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** The access token GoTrue issues (the fake signs nothing: supabase-js does not check the signature). */
function accessToken(email: string) {
  const iat = Math.floor(Date.now() / 1000);
  const claims = { aud: 'authenticated', exp: iat + 3600, iat, sub: USER_ID, email, role: 'authenticated' };
  return `${base64url({ alg: 'HS256', typ: 'JWT' })}.${base64url(claims)}.c2lnbmF0dXJl`;
}

/** GoTrue's session JSON (POST /token, POST /verify). */
export function sessionJson(user = userJson()) {
  return {
    access_token: accessToken(user.email),
    token_type: 'bearer',
    expires_in: 3600,
    expires_at: Math.floor(Date.now() / 1000) + 3600,
    refresh_token: 'refresh-token-1',
    user,
  };
}

export const me: Me = {
  id: USER_ID,
  email: 'sanne@voorbeeld.nl',
  display_name: 'Sanne de Vries',
  is_admin: false,
  roles: ['resident'],
  area_team_areas: [],
  councils: [],
};

/** Signs this tab in as supabase-js would have after a sign-in. */
export function signInStored(user = userJson()) {
  localStorage.setItem(storageKey(), JSON.stringify(sessionJson(user)));
}

export type Call = { method: string; path: string; query: URLSearchParams; body: Record<string, unknown> | null };
/** Every request the fake answered, in order (cleared after each test). */
export const calls: Call[] = [];
export const callsTo = (method: string, path: string) => calls.filter((c) => c.method === method && c.path === path);

/** Listed at once, in order; the body follows as soon as it is read (long before the answer reaches the page). */
function record(request: Request) {
  const url = new URL(request.url);
  const call: Call = {
    method: request.method,
    path: url.pathname.replace(/^\/(auth|rest)\/v1/, ''),
    query: url.searchParams,
    body: null,
  };
  calls.push(call);
  if (request.method !== 'GET') {
    void request
      .clone()
      .text()
      .then((text) => (call.body = text ? (JSON.parse(text) as Record<string, unknown>) : null));
  }
}

/** GoTrue with e-mail confirmation on (Supabase's default) and a user who exists and is confirmed. */
const defaults: HttpHandler[] = [
  // confirmation pending: the user without a session (auth-js then returns data.session === null)
  http.post(authUrl('/signup'), async ({ request }) => {
    const { email } = (await request.clone().json()) as { email: string };
    return HttpResponse.json(userJson({ email, confirmed: false }), { headers: API_VERSION });
  }),
  http.post(authUrl('/resend'), () => HttpResponse.json({}, { headers: API_VERSION })),
  // the same answer whether or not the address has an account
  http.post(authUrl('/recover'), () => HttpResponse.json({}, { headers: API_VERSION })),
  http.post(authUrl('/verify'), () => HttpResponse.json(sessionJson(), { headers: API_VERSION })),
  http.post(authUrl('/token'), () => HttpResponse.json(sessionJson(), { headers: API_VERSION })),
  http.get(authUrl('/user'), () => HttpResponse.json(userJson(), { headers: API_VERSION })),
  http.put(authUrl('/user'), async ({ request }) => {
    const { email } = (await request.clone().json()) as { email?: string };
    // e-mail change with confirmation: the address stays, the new one waits in new_email
    return HttpResponse.json(userJson(email ? { newEmail: email } : {}), { headers: API_VERSION });
  }),
  http.post(authUrl('/sso'), () =>
    HttpResponse.json({ url: 'https://login.gemeente.example/saml?SAMLRequest=abc' }, { headers: API_VERSION }),
  ),
  http.post(authUrl('/logout'), () => new HttpResponse(null, { status: 204 })),
  http.post(rpcUrl('me'), () => HttpResponse.json(me)),
  http.post(rpcUrl('update_profile'), async ({ request }) => {
    const { p_display_name } = (await request.clone().json()) as { p_display_name: string };
    return HttpResponse.json({ ...me, display_name: p_display_name });
  }),
];

export const server = setupServer(...defaults);
server.events.on('request:start', ({ request }) => record(request));

/** Starts the fake for this test file; supabase-js loads at once (no map page here to wait for). */
export function useFakeSupabase() {
  beforeAll(() => {
    markFirstPaint();
    server.listen({ onUnhandledRequest: 'error' });
  });
  afterEach(() => {
    server.resetHandlers();
    calls.length = 0;
  });
  afterAll(() => server.close());
}
