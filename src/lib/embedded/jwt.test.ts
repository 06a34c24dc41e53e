// @vitest-environment node
// (jose checks `instanceof Uint8Array`, which fails across the jsdom realm)
import { SignJWT } from 'jose';
import { signAccessToken, signAnonKey, verifyToken, type Claims } from './jwt';

const key = new TextEncoder().encode('0123456789abcdef0123456789abcdef');
const claims: Omit<Claims, 'iat' | 'exp' | 'aud' | 'iss'> = {
  sub: '00000000-0000-4000-8000-000000000003',
  role: 'authenticated',
  email: 'bewoner@demo.agendakaart.nl',
  phone: '',
  session_id: '5f0c1a4e-6a3b-4c55-9d1c-2f3f7f0e1a11',
  user_metadata: { display_name: 'Sanne de Vries' },
  app_metadata: { provider: 'email', providers: ['email'] },
  aal: 'aal1',
  amr: [{ method: 'password', timestamp: 1 }],
  is_anonymous: false,
};

describe('access tokens', () => {
  test('a signed token verifies with Supabase claims and a one-hour lifetime', async () => {
    const { token, expiresAt } = await signAccessToken(key, claims, 'http://embedded.test/auth/v1');
    const verified = await verifyToken(key, token);
    expect(verified).toMatchObject({
      claims: { ...claims, aud: 'authenticated', iss: 'http://embedded.test/auth/v1' },
    });
    expect('claims' in verified && verified.claims.exp).toBe(expiresAt);
  });

  test('a changed payload, another key or alg none is PGRST301', async () => {
    const { token } = await signAccessToken(key, claims);
    const [header, , signature] = token.split('.');
    const admin = btoa(JSON.stringify({ ...claims, sub: '00000000-0000-4000-8000-000000000004' })).replaceAll('=', '');
    const unsigned = `${btoa('{"alg":"none"}').replaceAll('=', '')}.${admin}.`;
    for (const forged of [`${header}.${admin}.${signature}`, unsigned]) {
      expect(await verifyToken(key, forged)).toMatchObject({ problem: { code: 'PGRST301' } });
    }
    const otherKey = new TextEncoder().encode('fedcba9876543210fedcba9876543210');
    expect(await verifyToken(otherKey, token)).toMatchObject({ problem: { code: 'PGRST301' } });
  });

  test('PostgREST wording for malformed tokens', async () => {
    expect(await verifyToken(key, '')).toEqual({
      problem: { code: 'PGRST301', message: 'Empty JWT is sent in Authorization header' },
    });
    expect(await verifyToken(key, 'a.b')).toEqual({
      problem: { code: 'PGRST301', message: 'Expected 3 parts in JWT; got 2' },
    });
  });

  test('expired beyond the 30 s clock skew is PGRST303 "JWT expired"; within it still valid', async () => {
    const now = Math.floor(Date.now() / 1000);
    const sign = (exp: number) =>
      new SignJWT({ role: 'authenticated' })
        .setProtectedHeader({ alg: 'HS256' })
        .setIssuedAt(now - 7200)
        .setExpirationTime(exp)
        .sign(key);
    expect(await verifyToken(key, await sign(now - 60))).toMatchObject({
      problem: { code: 'PGRST303', message: 'JWT expired', expired: true },
    });
    expect(await verifyToken(key, await sign(now - 10))).toHaveProperty('claims');
  });

  test('the anon key is a long-lived JWT with role anon', async () => {
    const verified = await verifyToken(key, await signAnonKey(key));
    expect(verified).toMatchObject({ claims: { role: 'anon', iss: 'supabase' } });
    expect('claims' in verified && verified.claims.exp! - Date.now() / 1000).toBeGreaterThan(300 * 24 * 3600);
  });
});
