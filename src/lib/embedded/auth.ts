// The part of Supabase Auth (GoTrue) that supabase-js uses for email + password, as a project with e-mail
// confirmation on (Supabase's default) answers it: sign-up (no session until the mail's link is followed), verify,
// password recovery, resend, password and refresh-token grants, get/update user (a new address is confirmed first),
// settings, sign-out. Users live in the shim's auth.users; passwords are bcrypt. Mails go to the outbox (auth-mail.ts).
import type { PGliteInterface } from '@electric-sql/pglite';
import bcrypt from 'bcryptjs';
import { createMailer, type Deliver } from './auth-mail';
import * as sessions from './auth-sessions';
import * as store from './auth-store';
import { verifyEmailToken } from './auth-verify';
import {
  authErrorFor,
  authJson,
  badJwtMessage,
  emailProblem,
  obfuscatedUserJson,
  passwordProblem,
  rateLimited,
  settingsJson,
  userJson,
  type AuthError,
} from './gotrue';
import { ACCESS_TOKEN_SECONDS, signAccessToken, verifyToken, type Claims } from './jwt';

export type AuthRequest = { method: string; path: string; search: URLSearchParams; headers: Headers; body: unknown };
export type AuthOptions = {
  flush: () => Promise<void>;
  refreshTokenReuseSeconds: number;
  issuer: string;
  /** the app's origin: the links in mails point there */
  siteUrl: string;
  deliver: Deliver;
};
type Body = {
  email?: unknown;
  password?: unknown;
  refresh_token?: unknown;
  data?: unknown;
  options?: { data?: unknown };
  type?: unknown;
  phone?: unknown;
};

const BCRYPT_COST = 10;
const text = (value: unknown) => (typeof value === 'string' ? value : '');
const object = (value: unknown) =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

export function createAuthHandler(db: PGliteInterface, key: Uint8Array, options: AuthOptions) {
  const mailer = createMailer(db, options);

  async function sessionResponse(issued: sessions.IssuedSession, method = 'password'): Promise<Response> {
    const user = (await store.findUser(db, 'id', issued.userId))!;
    const claims: Omit<Claims, 'iat' | 'exp' | 'aud' | 'iss'> = {
      sub: user.id,
      email: user.email,
      phone: '',
      app_metadata: user.raw_app_meta_data ?? {},
      user_metadata: user.raw_user_meta_data ?? {},
      role: 'authenticated',
      aal: 'aal1',
      amr: [{ method, timestamp: issued.signedInAt }],
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

  /** With confirmation on: a new user is unconfirmed and gets the confirmation mail; an unconfirmed one gets it
   *  again; a confirmed address answers like a new sign-up and gets nothing (GoTrue's sanitizeUser). */
  async function signUp(body: Body, req: AuthRequest, fail: AuthError): Promise<Response> {
    const email = text(body.email).trim().toLowerCase();
    const password = text(body.password);
    const invalid = emailProblem(email, fail) ?? passwordProblem(password, fail);
    if (invalid) return invalid;
    const data = object(body.data) ?? object(body.options?.data) ?? {};
    let user = await store.findUser(db, 'email', email);
    if (user?.email_confirmed_at) return authJson(200, obfuscatedUserJson(email, data));
    if (user) {
      const wait = mailer.wait(user, 'signup');
      if (wait !== null) return rateLimited(wait, fail);
    } else {
      const passwordHash = await bcrypt.hash(password, BCRYPT_COST);
      user = (await store.findUser(db, 'id', await store.insertUser(db, { email, passwordHash, data })))!;
    }
    await mailer.send(user, 'signup', req.search.get('redirect_to'));
    await options.flush();
    return authJson(200, userJson((await store.findUser(db, 'id', user.id))!));
  }

  async function verify(body: Body, req: AuthRequest, fail: AuthError): Promise<Response> {
    const verified = await verifyEmailToken(db, body, fail);
    if ('error' in verified) return verified.error;
    return sessionResponse(await sessions.startSession(db, verified.userId, req.headers.get('User-Agent')), 'otp');
  }

  /** Always 200 {} for a valid address, known or not; only a known one gets the mail. */
  async function recover(body: Body, req: AuthRequest, fail: AuthError): Promise<Response> {
    const email = text(body.email).trim().toLowerCase();
    if (!email) return fail(400, 'validation_failed', 'Password recovery requires an email');
    const invalid = emailProblem(email, fail);
    if (invalid) return invalid;
    const user = await store.findUser(db, 'email', email);
    const wait = user ? mailer.wait(user, 'recovery') : mailer.quietly(email, 'recovery');
    if (wait !== null) return rateLimited(wait, fail);
    if (user) {
      await mailer.send(user, 'recovery', req.search.get('redirect_to'));
      await options.flush();
    }
    return authJson(200, {});
  }

  /** The signup or e-mail-change mail again; 200 {} also when there is nothing to send (GoTrue's resend.go). */
  async function resend(body: Body, req: AuthRequest, fail: AuthError): Promise<Response> {
    const type = text(body.type);
    const email = text(body.email).trim().toLowerCase();
    if (!['signup', 'email_change', 'sms', 'phone_change'].includes(type)) {
      return fail(400, 'validation_failed', 'Missing one of these types: signup, email_change, sms, phone_change');
    }
    if (type === 'signup' && !email) return fail(400, 'validation_failed', 'Type provided requires an email address');
    if (type === 'sms' || type === 'phone_change' || body.phone) {
      return fail(400, 'phone_provider_disabled', 'Phone logins are disabled');
    }
    if (!email) return fail(400, 'validation_failed', 'Missing email address or phone number');
    const invalid = emailProblem(email, fail);
    if (invalid) return invalid;
    const kind = type as 'signup' | 'email_change';
    const user = await store.findUser(db, 'email', email);
    const due = kind === 'signup' ? user && !user.email_confirmed_at : user?.email_change;
    const wait = user && due ? mailer.wait(user, kind) : mailer.quietly(email, kind);
    if (wait !== null) return rateLimited(wait, fail);
    if (user && due) {
      await mailer.send(
        user,
        kind,
        req.search.get('redirect_to'),
        kind === 'email_change' ? user.email_change : undefined,
      );
      await options.flush();
    }
    return authJson(200, {});
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

  /** Name and password at once; a new address only after its confirmation link (one mail, to the new address:
   *  GoTrue with secure e-mail change off). A new password ends the user's other sessions, as in GoTrue. */
  async function updateUser(
    auth: { user: store.UserRecord; sessionId: string },
    body: Body,
    req: AuthRequest,
    fail: AuthError,
  ): Promise<Response> {
    const { user } = auth;
    let newEmail: string | undefined;
    if (typeof body.email === 'string' && body.email.trim() && body.email.trim().toLowerCase() !== user.email) {
      newEmail = body.email.trim().toLowerCase();
      const invalid = emailProblem(newEmail, fail);
      if (invalid) return invalid;
      if (await store.findUser(db, 'email', newEmail)) {
        return fail(422, 'email_exists', 'A user with this email address has already been registered');
      }
    }
    let passwordHash: string | undefined;
    if (typeof body.password === 'string') {
      const invalid = passwordProblem(body.password, fail);
      if (invalid) return invalid;
      if (user.encrypted_password && (await bcrypt.compare(body.password, user.encrypted_password))) {
        return fail(422, 'same_password', 'New password should be different from the old password.');
      }
      passwordHash = await bcrypt.hash(body.password, BCRYPT_COST);
    }
    const wait = newEmail ? mailer.wait(user, 'email_change') : null;
    if (wait !== null) return rateLimited(wait, fail);
    await store.updateUser(db, user.id, { passwordHash, data: object(body.data) });
    if (passwordHash && auth.sessionId) await sessions.endSessions(db, user.id, auth.sessionId, 'others');
    if (newEmail) await mailer.send(user, 'email_change', req.search.get('redirect_to'), newEmail);
    await options.flush();
    return authJson(200, userJson((await store.findUser(db, 'id', user.id))!));
  }

  return async function handleAuth(req: AuthRequest): Promise<Response> {
    const fail = authErrorFor(req.headers);
    const body = (object(req.body) ?? {}) as Body;
    const { method, path } = req;
    if (method === 'POST' && path === '/signup') return signUp(body, req, fail);
    if (method === 'POST' && path === '/verify') return verify(body, req, fail);
    if (method === 'POST' && path === '/recover') return recover(body, req, fail);
    if (method === 'POST' && path === '/resend') return resend(body, req, fail);
    if (method === 'GET' && path === '/settings') return authJson(200, settingsJson());
    if (method === 'POST' && path === '/token') {
      const grant = req.search.get('grant_type');
      if (grant === 'password') return signIn(body, req, fail);
      if (grant === 'refresh_token') return refresh(body, fail);
      return fail(400, 'validation_failed', 'unsupported_grant_type');
    }
    if ((method === 'GET' || method === 'PUT') && path === '/user') {
      const auth = await authenticate(req, fail);
      if ('error' in auth) return auth.error;
      return method === 'GET' ? authJson(200, userJson(auth.user)) : updateUser(auth, body, req, fail);
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
