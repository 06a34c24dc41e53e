import type { PGliteInterface } from '@electric-sql/pglite';
import { jwtVerify, SignJWT, type JWTPayload } from 'jose';

export { EMBEDDED_ANON_KEY } from './anon-key';
export const ACCESS_TOKEN_SECONDS = 3600;

export type Claims = JWTPayload & {
  sub: string;
  role: 'authenticated';
  email: string;
  session_id: string;
  user_metadata: Record<string, unknown>;
  app_metadata: Record<string, unknown>;
  is_anonymous: boolean;
};

/** The signing key lives in the database itself, made on first use: every browser has its own. */
export async function loadSigningKey(db: PGliteInterface): Promise<Uint8Array> {
  await db.exec(`
    create table if not exists auth.embedded_secrets (id int primary key default 1 check (id = 1), jwt_secret text not null);
    revoke all on auth.embedded_secrets from public, anon, authenticated;
  `);
  const fresh = Array.from(crypto.getRandomValues(new Uint8Array(32)), (b) => b.toString(16).padStart(2, '0')).join('');
  await db.query('insert into auth.embedded_secrets (jwt_secret) values ($1) on conflict (id) do nothing', [fresh]);
  const { rows } = await db.query<{ jwt_secret: string }>('select jwt_secret from auth.embedded_secrets');
  return new TextEncoder().encode(rows[0]!.jwt_secret);
}

export async function signAccessToken(
  key: Uint8Array,
  claims: Omit<Claims, 'iat' | 'exp'>,
): Promise<{ token: string; expiresAt: number }> {
  const now = Math.floor(Date.now() / 1000);
  const expiresAt = now + ACCESS_TOKEN_SECONDS;
  const token = await new SignJWT({ ...claims, aud: 'authenticated' })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuedAt(now)
    .setExpirationTime(expiresAt)
    .sign(key);
  return { token, expiresAt };
}

/** The verified claims, or null when the token is missing, forged or expired. */
export async function verifyAccessToken(key: Uint8Array, token: string): Promise<Claims | null> {
  try {
    const { payload } = await jwtVerify(token, key, { algorithms: ['HS256'], audience: 'authenticated' });
    return typeof payload.sub === 'string' && payload.role === 'authenticated' ? (payload as Claims) : null;
  } catch {
    return null;
  }
}
