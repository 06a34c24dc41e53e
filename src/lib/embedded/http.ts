// Response helpers and the SQLSTATE → HTTP status mapping PostgREST uses, so supabase-js sees the same answers
// from the embedded backend as from a Supabase project.

export type PgError = { code?: string; message?: string; detail?: string; hint?: string };

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers },
  });
}

/** PostgREST's table (docs.postgrest.org "Errors"), for the codes our functions raise or Postgres throws. */
export function statusForSqlState(code: string, signedIn: boolean): number {
  if (code === '42501') return signedIn ? 403 : 401;
  if (code === 'P0002') return 404;
  if (code === '23503' || code === '23505') return 409;
  if (code === '25006') return 405;
  if (code === '42883' || code === '42P01') return 404;
  if (code === 'P0001' || code.startsWith('22') || code.startsWith('23')) return 400;
  if (code.startsWith('08') || code.startsWith('53')) return 503;
  if (code.startsWith('42')) return 400;
  return 500;
}

export function pgErrorResponse(error: PgError, signedIn: boolean): Response {
  const code = error.code ?? 'XX000';
  return json(statusForSqlState(code, signedIn), {
    code,
    message: error.message ?? 'Onbekende fout',
    details: error.detail ?? null,
    hint: error.hint ?? null,
  });
}

export function isPgError(e: unknown): e is PgError & { code: string } {
  return typeof e === 'object' && e !== null && typeof (e as PgError).code === 'string';
}
