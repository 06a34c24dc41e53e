// POST /rest/v1/rpc/<fn> as PostgREST runs it: one transaction, the caller's role and JWT claims set locally,
// the function called with named arguments cast to their declared types.
import type { PGliteInterface, Transaction } from '@electric-sql/pglite';
import { isPgError, json, pgErrorResponse } from './http';

type Signature = { args: Map<string, string>; writes: boolean };
const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

async function lookupSignature(db: PGliteInterface, fn: string): Promise<Signature | null> {
  const { rows } = await db.query<{ names: string[] | null; types: string[] | null; volatile: boolean }>(
    `select p.proargnames as names, p.provolatile = 'v' as volatile,
            array(select format_type(t, null) from unnest(p.proargtypes) as t) as types
     from pg_proc p join pg_namespace n on n.oid = p.pronamespace
     where n.nspname = 'public' and p.proname = $1
     order by p.pronargs desc limit 1`,
    [fn],
  );
  const row = rows[0];
  if (!row) return null;
  const names = row.names ?? [];
  return { args: new Map((row.types ?? []).map((type, i) => [names[i] ?? `$${i + 1}`, type])), writes: row.volatile };
}

function toParam(value: unknown, type: string): unknown {
  if (value === null || value === undefined) return null;
  if (type === 'json' || type === 'jsonb') return JSON.stringify(value);
  if (type.endsWith('[]') && Array.isArray(value)) {
    return `{${value.map((v) => (v === null ? 'NULL' : `"${String(v).replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`)).join(',')}}`;
  }
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

export type RpcCaller = { role: 'anon' | 'authenticated'; claims: Record<string, unknown> };

export function createRpcHandler(db: PGliteInterface, flush: () => Promise<void>) {
  const cache = new Map<string, Signature | null>();

  return async function handleRpc(fn: string, body: unknown, caller: RpcCaller): Promise<Response> {
    const signedIn = caller.role === 'authenticated';
    const notFound = json(404, {
      code: 'PGRST202',
      message: `Could not find the function public.${fn} in the schema cache`,
      details: null,
      hint: null,
    });
    if (!IDENTIFIER.test(fn)) return notFound;
    if (!cache.has(fn)) cache.set(fn, await lookupSignature(db, fn));
    const signature = cache.get(fn);
    if (!signature) return notFound;
    const argTypes = signature.args;

    const args = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
    const unknownArg = Object.keys(args).find((name) => !argTypes.has(name));
    if (unknownArg) return notFound;

    const names = Object.keys(args);
    const params = names.map((name) => toParam(args[name], argTypes.get(name)!));
    const call = `select public.${fn}(${names.map((name, i) => `${name} => $${i + 1}::${argTypes.get(name)}`).join(', ')}) as result`;
    try {
      const result = await db.transaction(async (tx: Transaction) => {
        await tx.query(`select set_config('role', $1, true), set_config('request.jwt.claims', $2, true)`, [
          caller.role,
          JSON.stringify(caller.claims),
        ]);
        const { rows } = await tx.query<{ result: unknown }>(call, params);
        return rows[0]?.result ?? null;
      });
      // volatile functions are the writes: make them durable before the caller hears they succeeded
      if (signature.writes) await flush();
      return json(200, result);
    } catch (e) {
      if (isPgError(e)) return pgErrorResponse(e, signedIn);
      throw e;
    }
  };
}
