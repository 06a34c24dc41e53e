// The part of Supabase Auth (GoTrue) that supabase-js uses for email + password, with users in the shim's
// auth.users. Runs as the database owner, like GoTrue; error bodies carry GoTrue's error codes.
import type { PGliteInterface } from '@electric-sql/pglite';
import bcrypt from 'bcryptjs';
import { json } from './http';
import { ACCESS_TOKEN_SECONDS, signAccessToken, type Claims } from './jwt';

type UserRow = {
  id: string;
  email: string;
  encrypted_password: string | null;
  raw_user_meta_data: Record<string, unknown> | null;
  raw_app_meta_data: Record<string, unknown> | null;
  created_at: string;
  updated_at: string;
  last_sign_in_at: string | null;
  email_confirmed_at: string | null;
};

const API_VERSION = { 'X-Supabase-Api-Version': '2024-01-01' };
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function authError(status: number, code: string, msg: string): Response {
  return json(status, { code, error_code: code, msg }, API_VERSION);
}

function toUser(u: UserRow) {
  return {
    id: u.id,
    aud: 'authenticated',
    role: 'authenticated',
    email: u.email,
    email_confirmed_at: u.email_confirmed_at,
    confirmed_at: u.email_confirmed_at,
    last_sign_in_at: u.last_sign_in_at,
    app_metadata: u.raw_app_meta_data ?? { provider: 'email', providers: ['email'] },
    user_metadata: u.raw_user_meta_data ?? {},
    identities: [],
    created_at: u.created_at,
    updated_at: u.updated_at,
    is_anonymous: false,
  };
}

const USER_COLUMNS = `id, email, encrypted_password, raw_user_meta_data, raw_app_meta_data, created_at::text,
  updated_at::text, last_sign_in_at::text, email_confirmed_at::text`;

export function createAuthHandler(db: PGliteInterface, key: Uint8Array, flush: () => Promise<void>) {
  async function userBy(where: string, value: string): Promise<UserRow | undefined> {
    const { rows } = await db.query<UserRow>(
      `select ${USER_COLUMNS} from auth.users where ${where} = $1 and deleted_at is null`,
      [value],
    );
    return rows[0];
  }

  async function session(user: UserRow): Promise<Response> {
    const refresh = crypto.randomUUID().replaceAll('-', '');
    const sessionId = crypto.randomUUID();
    await db.query('insert into auth.refresh_tokens (token, user_id) values ($1, $2)', [refresh, user.id]);
    const claims: Omit<Claims, 'iat' | 'exp'> = {
      sub: user.id,
      role: 'authenticated',
      email: user.email,
      session_id: sessionId,
      user_metadata: user.raw_user_meta_data ?? {},
      app_metadata: user.raw_app_meta_data ?? {},
      is_anonymous: false,
    };
    const { token, expiresAt } = await signAccessToken(key, claims);
    await flush();
    return json(
      200,
      {
        access_token: token,
        token_type: 'bearer',
        expires_in: ACCESS_TOKEN_SECONDS,
        expires_at: expiresAt,
        refresh_token: refresh,
        user: toUser(user),
      },
      API_VERSION,
    );
  }

  async function signUp(body: {
    email?: string;
    password?: string;
    data?: Record<string, unknown>;
  }): Promise<Response> {
    const email = String(body.email ?? '')
      .trim()
      .toLowerCase();
    const password = String(body.password ?? '');
    if (!EMAIL.test(email))
      return authError(400, 'validation_failed', 'Unable to validate email address: invalid format');
    if (password.length < 8) return authError(422, 'weak_password', 'Password should be at least 8 characters.');
    if (await userBy('email', email)) return authError(422, 'user_already_exists', 'User already registered');
    const id = crypto.randomUUID();
    const hash = await bcrypt.hash(password, 10);
    await db.transaction(async (tx) => {
      await tx.query(
        `insert into auth.users (instance_id, id, aud, role, email, encrypted_password, email_confirmed_at, last_sign_in_at,
           raw_app_meta_data, raw_user_meta_data)
         values ('00000000-0000-0000-0000-000000000000', $1, 'authenticated', 'authenticated', $2, $3, now(), now(),
           '{"provider":"email","providers":["email"]}', $4)`,
        [id, email, hash, JSON.stringify(body.data ?? {})],
      );
      await tx.query(
        `insert into auth.identities (provider_id, user_id, identity_data, provider) values ($1::text, $1::uuid, $2, 'email')`,
        [id, JSON.stringify({ sub: id, email, email_verified: true })],
      );
    });
    return session((await userBy('id', id))!);
  }

  async function signIn(body: { email?: string; password?: string }): Promise<Response> {
    const user = await userBy(
      'email',
      String(body.email ?? '')
        .trim()
        .toLowerCase(),
    );
    const ok = user?.encrypted_password && (await bcrypt.compare(String(body.password ?? ''), user.encrypted_password));
    if (!user || !ok) return authError(400, 'invalid_credentials', 'Invalid login credentials');
    await db.query('update auth.users set last_sign_in_at = now() where id = $1', [user.id]);
    return session(user);
  }

  async function refresh(body: { refresh_token?: string }): Promise<Response> {
    const { rows } = await db.query<{ user_id: string }>(
      'update auth.refresh_tokens set revoked = true, updated_at = now() where token = $1 and not revoked returning user_id',
      [String(body.refresh_token ?? '')],
    );
    const user = rows[0] && (await userBy('id', rows[0].user_id));
    if (!user) return authError(400, 'refresh_token_not_found', 'Invalid Refresh Token: Refresh Token Not Found');
    return session(user);
  }

  return {
    async handle(
      path: string,
      method: string,
      search: URLSearchParams,
      body: unknown,
      claims: Claims | null,
    ): Promise<Response> {
      const input = (body ?? {}) as Record<string, never>;
      if (method === 'POST' && path === '/signup') return signUp(input);
      if (method === 'POST' && path === '/token') {
        const grant = search.get('grant_type');
        if (grant === 'password') return signIn(input);
        if (grant === 'refresh_token') return refresh(input);
        return authError(400, 'unsupported_grant_type', 'Unsupported grant type');
      }
      if (path === '/user' && (method === 'GET' || method === 'PUT')) {
        const user = claims && (await userBy('id', claims.sub));
        if (!user) return authError(403, 'bad_jwt', 'invalid JWT: unable to parse or verify signature');
        return json(200, toUser(user), API_VERSION);
      }
      if (method === 'POST' && path === '/logout') {
        if (claims) await db.query('update auth.refresh_tokens set revoked = true where user_id = $1', [claims.sub]);
        await flush();
        return new Response(null, { status: 204 });
      }
      return authError(404, 'not_found', 'Not found');
    },
  };
}
