// The part of Supabase Auth (GoTrue) that supabase-js uses for email + password: sign-up (autoconfirm), password
// and refresh-token grants, get/update user, sign-out. Users live in the shim's auth.users; passwords are bcrypt.
import type { PGliteInterface } from '@electric-sql/pglite';
import bcrypt from 'bcryptjs';
import * as sessions from './auth-sessions';
import * as store from './auth-store';
import {
  authErrorFor,
  authJson,
  badJwtMessage,
  emailProblem,
  passwordProblem,
  userJson,
  type AuthError,
} from './gotrue';
import { ACCESS_TOKEN_SECONDS, signAccessToken, verifyToken, type Claims } from './jwt';

export type AuthRequest = { method: string; path: string; search: URLSearchParams; headers: Headers; body: unknown };
export type AuthOptions = { flush: () => Promise<void>; refreshTokenReuseSeconds: number; issuer: string };
type Body = {
  email?: unknown;
  password?: unknown;
  refresh_token?: unknown;
  data?: unknown;
  options?: { data?: unknown };
};

const BCRYPT_COST = 10;
const text = (value: unknown) => (typeof value === 'string' ? value : '');
const object = (value: unknown) =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

export function createAuthHandler(db: PGliteInterface, key: Uint8Array, options: AuthOptions) {
  async function sessionResponse(issued: sessions.IssuedSession): Promise<Response> {
    const user = (await store.findUser(db, 'id', issued.userId))!;
    const claims: Omit<Claims, 'iat' | 'exp' | 'aud' | 'iss'> = {
      sub: user.id,
      email: user.email,
      phone: '',
      app_metadata: user.raw_app_meta_data ?? {},
      user_metadata: user.raw_user_meta_data ?? {},
      role: 'authenticated',
      aal: 'aal1',
      amr: [{ method: 'password', timestamp: issued.signedInAt }],
      session_id: issued.sessionId,
      is_anonymous: false,
    };
    const { token, expiresAt } = await signAccessToken(key, claims, options.issuer);
    await options.flush();
    return authJson(200, {
      access_token: token,
      token_type: 'bearer',
      expires_in: ACCESS_TOKEN_SECONDS,
      expires_at: expiresAt,
      refresh_token: issued.refreshToken,
      user: userJson(user),
    });
  }

  async function signUp(body: Body, req: AuthRequest, fail: AuthError): Promise<Response> {
    const email = text(body.email).trim().toLowerCase();
    const password = text(body.password);
    const invalid = emailProblem(email, fail) ?? passwordProblem(password, fail);
    if (invalid) return invalid;
    if (await store.findUser(db, 'email', email)) return fail(422, 'user_already_exists', 'User already registered');
    const data = object(body.data) ?? object(body.options?.data) ?? {};
    const id = await store.insertUser(db, { email, passwordHash: await bcrypt.hash(password, BCRYPT_COST), data });
    return sessionResponse(await sessions.startSession(db, id, req.headers.get('User-Agent')));
  }

  async function signIn(body: Body, req: AuthRequest, fail: AuthError): Promise<Response> {
    const email = text(body.email).trim();
    if (!email) return fail(400, 'validation_failed', 'missing email or phone');
    const user = await store.findUser(db, 'email', email);
    const ok = user?.encrypted_password && (await bcrypt.compare(text(body.password), user.encrypted_password));
    if (!user || !ok) return fail(400, 'invalid_credentials', 'Invalid login credentials');
    if (!user.email_confirmed_at) return fail(400, 'email_not_confirmed', 'Email not confirmed');
    return sessionResponse(await sessions.startSession(db, user.id, req.headers.get('User-Agent')));
  }

  async function refresh(body: Body, fail: AuthError): Promise<Response> {
    const token = text(body.refresh_token);
    if (!token) return fail(400, 'validation_failed', 'Refresh Token is required');
    const issued = await sessions.refreshSession(db, token, options.refreshTokenReuseSeconds);
    if (issued === 'not_found') {
      return fail(400, 'refresh_token_not_found', 'Invalid Refresh Token: Refresh Token Not Found');
    }
    if (issued === 'already_used') {
      await options.flush();
      return fail(400, 'refresh_token_already_used', 'Invalid Refresh Token: Already Used');
    }
    return sessionResponse(issued);
  }

  /** GoTrue's requireAuthentication: a valid user JWT whose session and user still exist. */
  async function authenticate(
    req: AuthRequest,
    fail: AuthError,
  ): Promise<{ error: Response } | { user: store.UserRecord; sessionId: string }> {
    const header = req.headers.get('Authorization');
    const match = header ? /^Bearer\s+(.*)$/i.exec(header) : null;
    if (!match) return { error: fail(401, 'no_authorization', 'This endpoint requires a valid Bearer token') };
    const verified = await verifyToken(key, match[1]!.trim());
    if ('problem' in verified) return { error: fail(403, 'bad_jwt', badJwtMessage(verified.problem)) };
    const { sub, session_id: sessionId } = verified.claims;
    if (!sub) return { error: fail(403, 'bad_jwt', 'invalid claim: missing sub claim') };
    if (sessionId && !(await sessions.sessionExists(db, sessionId))) {
      return { error: fail(403, 'session_not_found', 'Session from session_id claim in JWT does not exist') };
    }
    const user = await store.findUser(db, 'id', sub);
    if (!user) return { error: fail(403, 'user_not_found', 'User from sub claim in JWT does not exist') };
    return { user, sessionId: sessionId ?? '' };
  }

  async function updateUser(user: store.UserRecord, body: Body, fail: AuthError): Promise<Response> {
    const change: Parameters<typeof store.updateUser>[2] = { data: object(body.data) };
    if (typeof body.email === 'string' && body.email.trim().toLowerCase() !== user.email) {
      change.email = body.email.trim().toLowerCase();
      const invalid = emailProblem(change.email, fail);
      if (invalid) return invalid;
      if (await store.findUser(db, 'email', change.email)) {
        return fail(422, 'email_exists', 'A user with this email address has already been registered');
      }
    }
    if (typeof body.password === 'string') {
      const invalid = passwordProblem(body.password, fail);
      if (invalid) return invalid;
      if (user.encrypted_password && (await bcrypt.compare(body.password, user.encrypted_password))) {
        return fail(422, 'same_password', 'New password should be different from the old password.');
      }
      change.passwordHash = await bcrypt.hash(body.password, BCRYPT_COST);
    }
    await store.updateUser(db, user.id, change);
    await options.flush();
    return authJson(200, userJson((await store.findUser(db, 'id', user.id))!));
  }

  return async function handleAuth(req: AuthRequest): Promise<Response> {
    const fail = authErrorFor(req.headers);
    const body = (object(req.body) ?? {}) as Body;
    const { method, path } = req;
    if (method === 'POST' && path === '/signup') return signUp(body, req, fail);
    if (method === 'POST' && path === '/token') {
      const grant = req.search.get('grant_type');
      if (grant === 'password') return signIn(body, req, fail);
      if (grant === 'refresh_token') return refresh(body, fail);
      return fail(400, 'validation_failed', 'unsupported_grant_type');
    }
    if ((method === 'GET' || method === 'PUT') && path === '/user') {
      const auth = await authenticate(req, fail);
      if ('error' in auth) return auth.error;
      return method === 'GET' ? authJson(200, userJson(auth.user)) : updateUser(auth.user, body, fail);
    }
    if (method === 'POST' && path === '/logout') {
      const scope = req.search.get('scope') ?? 'global';
      if (!['global', 'local', 'others'].includes(scope))
        return fail(400, 'validation_failed', 'Unsupported logout scope');
      const auth = await authenticate(req, fail);
      if ('error' in auth) return auth.error;
      await sessions.endSessions(db, auth.user.id, auth.sessionId, scope);
      await options.flush();
      return new Response(null, { status: 204 });
    }
    return fail(404, 'not_found', `The embedded backend does not serve ${method} /auth/v1${path}`);
  };
}
