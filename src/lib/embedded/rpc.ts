// /rest/v1/rpc/<fn> as PostgREST runs it: one transaction per request with the caller's role and JWT claims set
// locally, the arguments turned into typed values by json_to_record, the result rendered as JSON by Postgres.
import type { PGliteInterface, Transaction } from '@electric-sql/pglite';
import { isPgError, pgErrorResponse, postgrestError, READ_ONLY_HEADER } from './http';
import { unpackDbError } from './worker-errors';
import { callSql, loadRoutines, notFoundText, pickRoutine, type Routine } from './routines';

export type RpcCaller = { role: string; claims: Record<string, unknown>; authenticated: boolean };
export type RpcRequest = {
  fn: string;
  method: string;
  path: string;
  /** POST: the JSON body; GET: the query parameters */
  args: Record<string, unknown>;
  headers: Headers;
};

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const OBJECT = 'application/vnd.pgrst.object+json';
const JSON_HEADERS = { 'Content-Type': 'application/json; charset=utf-8' };

/** Thrown inside the transaction to roll it back and answer with this response instead. */
class Answer extends Error {
  constructor(readonly response: Response) {
    super('answered inside the transaction');
  }
}

function resultSql(routine: Routine, call: string, from: string | null, single: boolean, stripNulls: boolean) {
  const render = (value: string) => (stripNulls ? `json_strip_nulls(${value})` : value);
  if (routine.returnsVoid) return `select ${call} as done${from ? ` from ${from}` : ''}`;
  if (!routine.returnsSet)
    return `select ${render(`to_json(${call})`)}::text as body, 1 as n${from ? ` from ${from}` : ''}`;
  const rows = from ? `${from} cross join lateral ${call} as _r` : `${call} as _r`;
  const body = single ? `json_agg(_r) -> 0` : `coalesce(json_agg(_r), '[]')`;
  return `select ${render(body)}::text as body, count(*)::int as n from ${rows}`;
}

export type RpcHandlerOptions = {
  /** resolves once written data is durably stored */
  flush: () => Promise<void>;
  /** told before a function that may write lasting data is called */
  beforeWrite?: () => void;
  /** told when a write has committed, before the flush; `lasting` false for a presence ticket (PASSING_WRITES) */
  onCommit?: (lasting: boolean) => void;
};

/** Volatile functions whose writes end with the tab and show in no read that is kept (known-answers.ts): a document
 *  page joins the presence on every visit, and that must neither wait for a store in IndexedDB nor make this
 *  browser's earlier answers unusable. */
export const PASSING_WRITES: ReadonlySet<string> = new Set(['join_document_presence']);

export function createRpcHandler(db: PGliteInterface, { flush, beforeWrite, onCommit }: RpcHandlerOptions) {
  const cache = new Map<string, Promise<Routine[]>>();

  return async function handleRpc(request: RpcRequest, caller: RpcCaller): Promise<Response> {
    const { fn, method, headers } = request;
    if (method !== 'GET' && method !== 'POST' && method !== 'HEAD') {
      return postgrestError(405, 'PGRST101', `Cannot use the ${method} method on RPC`);
    }
    const readOnly = method !== 'POST';
    const profile = headers.get(readOnly ? 'Accept-Profile' : 'Content-Profile');
    if (profile && profile !== 'public') {
      return postgrestError(406, 'PGRST106', `Invalid schema: ${profile}`, {
        hint: 'Only the following schemas are exposed: public',
      });
    }
    const argNames = Object.keys(request.args);
    const routine = IDENTIFIER.test(fn) ? await routinesNamed(fn) : [];
    const picked = pickRoutine(routine, argNames);
    if (!picked) {
      const { message, details } = notFoundText(fn, argNames);
      return postgrestError(404, 'PGRST202', message, { details });
    }
    if (Array.isArray(picked)) {
      return postgrestError(300, 'PGRST203', `Could not choose the best candidate function between: public.${fn}`, {
        hint: 'Try renaming the parameters or the function itself in the database so function overloading can be resolved',
      });
    }

    const accept = headers.get('Accept') ?? '';
    const single = accept.startsWith(OBJECT);
    const { call, record } = callSql(picked, argNames);
    const sql = resultSql(picked, call, record, single, accept.includes('nulls=stripped'));
    const writes = picked.volatile && !readOnly;
    const lasting = writes && !PASSING_WRITES.has(fn);
    if (lasting) beforeWrite?.();
    try {
      const response = await db.transaction(async (tx: Transaction) => {
        if (readOnly) await tx.exec('set transaction read only');
        await tx.query(
          `select set_config('role', $1, true), set_config('request.jwt.claims', $2, true),
                  set_config('request.method', $3, true), set_config('request.path', $4, true),
                  set_config('request.headers', $5, true)`,
          [caller.role, JSON.stringify(caller.claims), method, request.path, JSON.stringify(headerObject(headers))],
        );
        const { rows } = await tx.query<{ body: string | null; n: number }>(
          sql,
          record ? [JSON.stringify(request.args)] : [],
        );
        if (picked.returnsVoid) return new Response(null, { status: 204 });
        const n = rows[0]?.n ?? 0;
        if (single && picked.returnsSet && n !== 1) {
          throw new Answer(
            postgrestError(406, 'PGRST116', 'Cannot coerce the result to a single JSON object', {
              details: `The result contains ${n} rows`,
            }),
          );
        }
        const range = picked.returnsSet ? `${n === 0 ? '*' : `0-${n - 1}`}/${countOf(headers, n)}` : '0-0/*';
        return new Response(rows[0]?.body ?? 'null', {
          status: 200,
          headers: { ...JSON_HEADERS, 'Content-Range': range, ...(picked.volatile ? {} : { [READ_ONLY_HEADER]: '1' }) },
        });
      });
      if (writes) onCommit?.(lasting);
      if (lasting) await flush();
      return response;
    } catch (thrown) {
      if (thrown instanceof Answer) return thrown.response;
      const e = unpackDbError(thrown);
      if (isPgError(e)) return pgErrorResponse(e, caller.authenticated);
      throw thrown;
    }
  };

  function routinesNamed(fn: string): Promise<Routine[]> {
    let routines = cache.get(fn);
    if (!routines) {
      routines = loadRoutines(db, fn);
      routines.catch(() => cache.delete(fn));
      cache.set(fn, routines);
    }
    return routines;
  }
}

function countOf(headers: Headers, n: number): string {
  return /count=(exact|planned|estimated)/.test(headers.get('Prefer') ?? '') ? String(n) : '*';
}

function headerObject(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => (out[name.toLowerCase()] = value));
  return out;
}
