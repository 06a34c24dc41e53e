// A fetch function for supabase-js (its `global.fetch` option) that answers from a PGlite database:
// /rest/v1/rpc/<fn> like PostgREST and /auth/v1/* like Supabase Auth. Tests and the browser use the same one.
import type { PGliteInterface } from '@electric-sql/pglite';
import { createAuthHandler } from './auth';
import { json } from './http';
import { EMBEDDED_ANON_KEY, loadSigningKey, verifyAccessToken, type Claims } from './jwt';
import { createRpcHandler } from './rpc';

export type EmbeddedFetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

const CORS = { 'Access-Control-Allow-Origin': '*' };

export type EmbeddedOptions = {
  /** Resolves once written data is durably stored; in-memory databases (tests) need none. */
  flush?: () => Promise<void>;
};

export async function createEmbeddedFetch(db: PGliteInterface, options: EmbeddedOptions = {}): Promise<EmbeddedFetch> {
  const flush = options.flush ?? (() => Promise.resolve());
  const key = await loadSigningKey(db, flush);
  const rpc = createRpcHandler(db, flush);
  const auth = createAuthHandler(db, key, flush);

  return async (input, init) => {
    try {
      return await route(input, init);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      return json(500, {
        code: 'XX000',
        message: `Interne fout in de lokale database: ${message}`,
        details: null,
        hint: null,
      });
    }
  };

  async function route(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const text = request.method === 'GET' || request.method === 'HEAD' ? '' : await request.text();
    let body: unknown = undefined;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      return json(400, { code: 'PGRST102', message: 'Empty or invalid json', details: null, hint: null });
    }

    const bearer = request.headers.get('Authorization')?.replace(/^Bearer\s+/i, '') ?? EMBEDDED_ANON_KEY;
    const claims: Claims | null = bearer === EMBEDDED_ANON_KEY ? null : await verifyAccessToken(key, bearer);
    const badToken = bearer !== EMBEDDED_ANON_KEY && !claims;

    if (url.pathname.startsWith('/auth/v1/')) {
      return auth.handle(url.pathname.slice('/auth/v1'.length), request.method, url.searchParams, body, claims);
    }
    const rpcMatch = /^\/rest\/v1\/rpc\/([^/]+)$/.exec(url.pathname);
    if (rpcMatch && request.method === 'POST') {
      if (badToken)
        return json(401, { code: 'PGRST301', message: 'JWT is invalid or expired', details: null, hint: null });
      const caller = claims
        ? { role: 'authenticated' as const, claims }
        : { role: 'anon' as const, claims: { role: 'anon' } };
      return rpc(decodeURIComponent(rpcMatch[1]!), body, caller);
    }
    return json(
      404,
      { code: 'PGRST000', message: `Not found: ${request.method} ${url.pathname}`, details: null, hint: null },
      CORS,
    );
  }
}
