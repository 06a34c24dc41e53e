// Supabase Auth's (GoTrue's) answers: user and session JSON and error bodies in the shape auth-js reads.
import { json } from './http';
import type { UserRecord } from './auth-store';
import type { TokenProblem } from './jwt';

const API_VERSION_HEADER = 'X-Supabase-Api-Version';
const API_VERSION = '2024-01-01';

/** Request headers decide the error shape: auth-js sends the API version and gets `{code, message}`;
 *  a client without it gets GoTrue's legacy `{code: <status>, error_code, msg}`. */
export function authErrorFor(requestHeaders: Headers) {
  const current = (requestHeaders.get(API_VERSION_HEADER) ?? '') >= API_VERSION;
  return (status: number, code: string, message: string, extra: Record<string, unknown> = {}): Response =>
    current
      ? json(status, { code, message, ...extra }, { [API_VERSION_HEADER]: API_VERSION })
      : json(status, { code: status, error_code: code, msg: message, ...extra });
}
export type AuthError = ReturnType<typeof authErrorFor>;

export function authJson(status: number, body: unknown): Response {
  return json(status, body, { [API_VERSION_HEADER]: API_VERSION });
}

/** GoTrue's user JSON; like its `omitempty` fields, a time that is not set is left out. */
export function userJson(u: UserRecord) {
  const optional = {
    email_confirmed_at: u.email_confirmed_at,
    confirmation_sent_at: u.confirmation_sent_at,
    confirmed_at: u.email_confirmed_at,
    recovery_sent_at: u.recovery_sent_at,
    new_email: u.email_change || null,
    email_change_sent_at: u.email_change ? u.email_change_sent_at : null,
    last_sign_in_at: u.last_sign_in_at,
  };
  return {
    id: u.id,
    aud: 'authenticated',
    role: 'authenticated',
    email: u.email,
    phone: '',
    ...Object.fromEntries(Object.entries(optional).filter(([, value]) => value)),
    app_metadata: u.raw_app_meta_data ?? { provider: 'email', providers: ['email'] },
    user_metadata: u.raw_user_meta_data ?? {},
    identities: u.identities,
    created_at: u.created_at,
    updated_at: u.updated_at,
    is_anonymous: false,
  };
}

/** GoTrue's sanitizeUser: signing up with a confirmed address answers like a new sign-up (a fresh id, no identities,
 *  no session), so the answer does not reveal who has an account. */
export function obfuscatedUserJson(email: string, data: Record<string, unknown>) {
  const now = new Date().toISOString();
  return {
    id: crypto.randomUUID(),
    aud: 'authenticated',
    role: '',
    email,
    phone: '',
    confirmation_sent_at: now,
    app_metadata: { provider: 'email', providers: ['email'] },
    user_metadata: data,
    identities: [],
    created_at: now,
    updated_at: now,
    is_anonymous: false,
  };
}

/** GET /settings of a project with e-mail sign-up and confirmation on, and no other provider. */
export function settingsJson() {
  const providers = ['anonymous_users', 'apple', 'azure', 'bitbucket', 'discord', 'facebook', 'figma', 'fly', 'github',
    'gitlab', 'google', 'keycloak', 'kakao', 'linkedin', 'linkedin_oidc', 'notion', 'spotify', 'slack', 'slack_oidc',
    'workos', 'twitch', 'twitter', 'x', 'phone', 'zoom']; // prettier-ignore
  return {
    external: { ...Object.fromEntries(providers.map((p) => [p, false])), email: true },
    disable_signup: false,
    mailer_autoconfirm: false,
    phone_autoconfirm: false,
    sms_provider: '',
    saml_enabled: false,
  };
}

/** GoTrue's 429 when a mail to this address went out less than SMTP max frequency (60 s) ago. */
export function rateLimited(secondsLeft: number, authError: AuthError): Response {
  return authError(
    429,
    'over_email_send_rate_limit',
    `For security purposes, you can only request this after ${secondsLeft} seconds.`,
  );
}

/** GoTrue's wording (from golang-jwt) for a bearer token it cannot use. */
export function badJwtMessage(problem: TokenProblem): string {
  const reason = problem.expired
    ? 'token has invalid claims: token is expired'
    : problem.message.startsWith('Expected 3 parts')
      ? 'token is malformed: token contains an invalid number of segments'
      : problem.message.startsWith('Wrong or unsupported')
        ? 'token is unverifiable: signing method is invalid'
        : problem.message === 'JWT cryptographic operation failed'
          ? 'token signature is invalid: signature is invalid'
          : `token is malformed: ${problem.message}`;
  return `invalid JWT: unable to parse or verify signature, ${reason}`;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** Set the same in the Supabase project (Authentication → Policies → minimum password length). */
export const MIN_PASSWORD_LENGTH = 8;

export function emailProblem(email: string, authError: AuthError): Response | null {
  return EMAIL.test(email)
    ? null
    : authError(400, 'validation_failed', 'Unable to validate email address: invalid format');
}

export function passwordProblem(password: string, authError: AuthError): Response | null {
  if (password.length > 72) return authError(422, 'validation_failed', 'Password cannot be longer than 72 characters');
  if (password.length < MIN_PASSWORD_LENGTH) {
    return authError(422, 'weak_password', `Password should be at least ${MIN_PASSWORD_LENGTH} characters.`, {
      weak_password: { reasons: ['length'] },
    });
  }
  return null;
}
