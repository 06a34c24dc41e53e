// A fetch function for supabase-js (its `global.fetch` option) that answers from a PGlite database the way a
// Supabase project would: the API gateway's key check, /rest/v1/rpc/<fn> like PostgREST and /auth/v1/* like
// Supabase Auth, /storage/v1/object/* like the Storage API (storage.ts). Tests and the browser use the same one.
import type { PGliteInterface } from '@electric-sql/pglite';
import { createAuthHandler } from './auth';
import type { Deliver } from './auth-mail';
import { ensureAuthTables } from './auth-sessions';
import { gatewayError, json, jwtErrorResponse, postgrestError } from './http';
import { EMBEDDED_ANON_KEY, loadSigningKey, signAnonKey, verifyToken } from './jwt';
import { deliverMail } from './outbox';
import { createRpcHandler, type RpcCaller } from './rpc';
import { storageApi } from './storage';

export type EmbeddedFetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

export type EmbeddedOptions = {
  /** Resolves once written data is durably stored; in-memory databases (tests) need none. */
  flush?: () => Promise<void>;
  /** told before an RPC that may write lasting data is called */
  beforeWrite?: () => void;
  /** told when an RPC's write has committed, before the flush (the other tabs may refetch at once); `lasting` is
   *  false for a write that ends with the tab (rpc.ts PASSING_WRITES) */
  onCommit?: (lasting: boolean) => void;
  /** GoTrue's refresh-token reuse interval (default 10 s), within which a rotated token still works once more. */
  refreshTokenReuseSeconds?: number;
  /** The app's origin, where the links in the auth mails point (default: this page's). */
  siteUrl?: string;
  /** Where the auth mails go (default: the page's outbox, which the app shows). */
  deliverMail?: Deliver;
};

const ANON: RpcCaller = { role: 'anon', claims: { role: 'anon' }, authenticated: false };

export async function createEmbeddedFetch(db: PGliteInterface, options: EmbeddedOptions = {}): Promise<EmbeddedFetch> {
  const flush = options.flush ?? (() => Promise.resolve());
  const key = await loadSigningKey(db, flush);
  await ensureAuthTables(db);
  const rpc = createRpcHandler(db, { flush, beforeWrite: options.beforeWrite, onCommit: options.onCommit });
  const authOptions = {
    flush,
    refreshTokenReuseSeconds: options.refreshTokenReuseSeconds ?? 10,
    siteUrl: options.siteUrl ?? globalThis.location?.origin ?? 'http://localhost',
    deliver: options.deliverMail ?? deliverMail,
  };
  const auths = new Map<string, ReturnType<typeof createAuthHandler>>();

  return async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    try {
      return await route(request, url);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      if (url.pathname.startsWith('/auth/v1/')) return json(500, { code: 'unexpected_failure', message });
      return postgrestError(500, 'XX000', `Interne fout in de lokale database: ${message}`);
    }
  };

  async function route(request: Request, url: URL): Promise<Response> {
    const apikey = request.headers.get('apikey') ?? url.searchParams.get('apikey');
    if (!apikey)
      return gatewayError(401, 'No API key found in request', 'No `apikey` request header or url param was found.');
    if (!(await isAnonKey(apikey))) {
      return gatewayError(401, 'Invalid API key', 'Double check your Supabase `anon` or `service_role` API key.');
    }

    if (url.pathname.startsWith('/storage/v1/'))
      return storageApi(db, request, url, await callerOf(request.headers.get('Authorization')), flush);
    const readsBody = request.method !== 'GET' && request.method !== 'HEAD';
    const text = readsBody ? await request.text() : '';
    let body: unknown = undefined;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      if (url.pathname.startsWith('/auth/v1/'))
        return json(400, { code: 'bad_json', message: 'Could not parse request body as JSON' });
      return postgrestError(400, 'PGRST102', 'Empty or invalid json');
    }

    if (url.pathname.startsWith('/auth/v1/')) {
      const path = url.pathname.slice('/auth/v1'.length);
      const issuer = `${url.origin}/auth/v1`;
      let auth = auths.get(issuer);
      if (!auth) auths.set(issuer, (auth = createAuthHandler(db, key, { ...authOptions, issuer })));
      return auth({ method: request.method, path, search: url.searchParams, headers: request.headers, body });
    }

    if (url.pathname.startsWith('/rest/v1/')) {
      const caller = await callerOf(request.headers.get('Authorization'));
      if ('problem' in caller) return jwtErrorResponse(caller.problem);
      const rpcMatch = /^\/rest\/v1\/rpc\/([^/]+)$/.exec(url.pathname);
      if (!rpcMatch) {
        const table = url.pathname.slice('/rest/v1/'.length);
        return postgrestError(404, 'PGRST205', `Could not find the table 'public.${table}' in the schema cache`, {
          hint: 'The embedded backend serves functions only: POST /rest/v1/rpc/<function>.',
        });
      }
      if (body !== undefined && (typeof body !== 'object' || body === null || Array.isArray(body))) {
        return postgrestError(400, 'PGRST102', 'Expected a JSON object with the named arguments of the function');
      }
      const args = readsBody ? ((body ?? {}) as Record<string, unknown>) : Object.fromEntries(url.searchParams);
      const fn = decodeURIComponent(rpcMatch[1]!);
      return rpc({ fn, method: request.method, path: url.pathname, args, headers: request.headers }, caller);
    }
    return gatewayError(404, 'no Route matched with those values');
  }

  /** The opaque key the app's client uses, or this database's anon JWT (see signAnonKey). */
  async function isAnonKey(apikey: string): Promise<boolean> {
    if (apikey === EMBEDDED_ANON_KEY) return true;
    const verified = await verifyToken(key, apikey);
    return 'claims' in verified && verified.claims.role === 'anon';
  }

  /** PostgREST's authentication: no token or the anon key is the anon role, a user's JWT is its `role` claim. */
  async function callerOf(authorization: string | null) {
    if (authorization === null) return ANON;
    const token = authorization.replace(/^Bearer\s*/i, '').trim();
    if (token === EMBEDDED_ANON_KEY) return ANON;
    const verified = await verifyToken(key, token);
    if ('problem' in verified) return verified;
    const role = verified.claims.role ?? 'anon';
    return { role, claims: verified.claims, authenticated: role !== 'anon' } satisfies RpcCaller;
  }
}

/** This database's anon key as a Supabase-style JWT (role anon). The app itself uses the opaque EMBEDDED_ANON_KEY,
 *  because its client is created before the database exists; both are accepted. */
export async function getAnonKey(db: PGliteInterface): Promise<string> {
  return signAnonKey(await loadSigningKey(db, () => Promise.resolve()));
}
