// HS256 tokens like Supabase Auth issues them, signed with a secret that each database makes for itself.
import type { PGliteInterface } from '@electric-sql/pglite';
import { errors, jwtVerify, SignJWT, type JWTPayload } from 'jose';

export { EMBEDDED_ANON_KEY } from './anon-key';
export const ACCESS_TOKEN_SECONDS = 3600;

/** The claims of an access token, as Supabase Auth sets them. */
export type Claims = JWTPayload & {
  sub: string;
  role: 'authenticated';
  email: string;
  phone: string;
  session_id: string;
  user_metadata: Record<string, unknown>;
  app_metadata: Record<string, unknown>;
  aal: 'aal1';
  amr: { method: string; timestamp: number }[];
  is_anonymous: boolean;
};

/** Any token that verified: a user's access token or an anon key. */
export type TokenClaims = JWTPayload & { role?: string; session_id?: string };

/** The signing key lives in the database itself, made on first use: every browser has its own. */
export async function loadSigningKey(db: PGliteInterface, flush: () => Promise<void>): Promise<Uint8Array> {
  await db.exec(`
    create table if not exists auth.embedded_secrets (id int primary key default 1 check (id = 1), jwt_secret text not null);
    revoke all on auth.embedded_secrets from public, anon, authenticated;
  `);
  const fresh = Array.from(crypto.getRandomValues(new Uint8Array(32)), (b) => b.toString(16).padStart(2, '0')).join('');
  const inserted = await db.query(
    'insert into auth.embedded_secrets (jwt_secret) values ($1) on conflict (id) do nothing returning id',
    [fresh],
  );
  // Stored in the background: on a first visit a flush writes the whole new database to IndexedDB, and nothing
  // should wait for that. If the tab closes first, the next start makes a new key and old sessions end (as on reset).
  if (inserted.rows.length > 0) void flush();
  const { rows } = await db.query<{ jwt_secret: string }>('select jwt_secret from auth.embedded_secrets');
  return new TextEncoder().encode(rows[0]!.jwt_secret);
}

export async function signAccessToken(
  key: Uint8Array,
  claims: Omit<Claims, 'iat' | 'exp' | 'aud' | 'iss'>,
  issuer = 'supabase',
): Promise<{ token: string; expiresAt: number }> {
  const now = Math.floor(Date.now() / 1000);
  const expiresAt = now + ACCESS_TOKEN_SECONDS;
  const token = await new SignJWT({ ...claims, aud: 'authenticated' })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(issuer)
    .setIssuedAt(now)
    .setExpirationTime(expiresAt)
    .sign(key);
  return { token, expiresAt };
}

/** A Supabase-style anon key (role anon, ten years) for this database; the handler accepts it like the opaque key. */
export async function signAnonKey(key: Uint8Array): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ role: 'anon' })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer('supabase')
    .setIssuedAt(now)
    .setExpirationTime(now + 10 * 365 * 24 * 3600)
    .sign(key);
}

export type TokenProblem = { code: 'PGRST301' | 'PGRST303'; message: string; expired?: boolean };
export type VerifiedToken = { claims: TokenClaims } | { problem: TokenProblem };

const CLOCK_SKEW_SECONDS = 30; // PostgREST's allowance

/** Verifies a bearer token as PostgREST does; the problem carries PostgREST's code and message. */
export async function verifyToken(key: Uint8Array, token: string): Promise<VerifiedToken> {
  if (token === '') return { problem: { code: 'PGRST301', message: 'Empty JWT is sent in Authorization header' } };
  const parts = token.split('.').length;
  if (parts !== 3) return { problem: { code: 'PGRST301', message: `Expected 3 parts in JWT; got ${parts}` } };
  try {
    const { payload } = await jwtVerify(token, key, { algorithms: ['HS256'], clockTolerance: CLOCK_SKEW_SECONDS });
    if (typeof payload.iat === 'number' && payload.iat > Date.now() / 1000 + CLOCK_SKEW_SECONDS) {
      return { problem: { code: 'PGRST303', message: 'JWT issued at future' } };
    }
    return { claims: payload as TokenClaims };
  } catch (e) {
    return { problem: problemOf(e) };
  }
}

function problemOf(e: unknown): TokenProblem {
  if (e instanceof errors.JWTExpired) return { code: 'PGRST303', message: 'JWT expired', expired: true };
  if (e instanceof errors.JWTClaimValidationFailed) {
    return { code: 'PGRST303', message: e.claim === 'nbf' ? 'JWT not yet valid' : 'Parsing claims failed' };
  }
  if (e instanceof errors.JOSEAlgNotAllowed || e instanceof errors.JOSENotSupported) {
    return { code: 'PGRST301', message: 'Wrong or unsupported encoding algorithm' };
  }
  if (e instanceof errors.JWSSignatureVerificationFailed) {
    return { code: 'PGRST301', message: 'JWT cryptographic operation failed' };
  }
  return { code: 'PGRST301', message: "JWT couldn't be decoded" };
}
