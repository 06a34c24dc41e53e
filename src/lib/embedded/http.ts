// Responses as PostgREST and Supabase's API gateway send them, so supabase-js sees the same answers from the
// embedded backend as from a Supabase project. Status codes follow PostgREST's src/PostgREST/Error.hs.

export type PgError = { code?: string; message?: string; detail?: string; hint?: string };
type Headers = Record<string, string>;

export function json(status: number, body: unknown, headers: Headers = {}): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers },
  });
}

/** PostgREST's error body `{code, details, hint, message}` with the headers PostgREST adds to every error. */
export function postgrestError(
  status: number,
  code: string,
  message: string,
  extra: { details?: string | null; hint?: string | null; headers?: Headers } = {},
): Response {
  const body = { code, details: extra.details ?? null, hint: extra.hint ?? null, message };
  return json(status, body, { 'Proxy-Status': `PostgREST; error=${code}`, ...extra.headers });
}

const STATUS_BY_CLASS: Record<string, number> = {
  '08': 503, '09': 500, '0L': 403, '0P': 403, '25': 500, '28': 403, '2D': 500, '38': 500, '39': 500, '3B': 500,
  '40': 500, '53': 503, '54': 500, '55': 500, '57': 500, '58': 500, F0: 500, HV: 500, P0: 500, XX: 500,
}; // prettier-ignore

/** The HTTP status PostgREST answers a Postgres error with; `authenticated` = the request carried a user's JWT. */
export function statusForSqlState(code: string, message: string, authenticated: boolean): number {
  switch (code) {
    case '42501':
      return authenticated ? 403 : 401;
    case '23503':
    case '23505':
      return 409;
    case '25006':
      return 405;
    case '21000':
      return message.endsWith('requires a WHERE clause') ? 400 : 500;
    case '22023':
      return /^role .* does not exist$/.test(message) ? 401 : 400;
    case 'P0001':
      return 400;
    case '42883':
    case '42P01':
      return 404;
    case '42P17':
    case '53400':
      return 500;
    case '57P01':
      return 503;
  }
  const custom = /^PT(\d{3})$/.exec(code); // `raise sqlstate 'PT404'` answers 404
  if (custom) return Number(custom[1]);
  return STATUS_BY_CLASS[code.slice(0, 2)] ?? 400;
}

type RaisedMessage = { code: string; message: string; details?: string | null; hint?: string | null };
type RaisedDetail = { status: number; headers: Headers };

/** `raise sqlstate 'PGRST' using message = '{"code":..,"message":..}', detail = '{"status":..,"headers":{}}'`. */
function raisedResponse(error: PgError): Response {
  let message: RaisedMessage | undefined;
  let detail: RaisedDetail | undefined;
  try {
    message = JSON.parse(error.message ?? '') as RaisedMessage;
  } catch {
    /* reported below */
  }
  try {
    detail = error.detail ? (JSON.parse(error.detail) as RaisedDetail) : undefined;
  } catch {
    /* reported below */
  }
  if (!message || typeof message.code !== 'string' || typeof message.message !== 'string') {
    return postgrestError(500, 'PGRST121', `Could not parse JSON in the "RAISE SQLSTATE 'PGRST'" error`, {
      details: `Invalid JSON value for MESSAGE: '${error.message ?? ''}'`,
      hint: "MESSAGE must be a JSON object with obligatory keys: 'code', 'message' and optional keys: 'details', 'hint'.",
    });
  }
  if (!detail || typeof detail.status !== 'number' || typeof detail.headers !== 'object') {
    return postgrestError(500, 'PGRST121', `Could not parse JSON in the "RAISE SQLSTATE 'PGRST'" error`, {
      details: error.detail
        ? `Invalid JSON value for DETAIL: '${error.detail}'`
        : 'DETAIL is missing in the RAISE statement',
      hint: "DETAIL must be a JSON object with obligatory keys: 'status', 'headers' and optional key: 'status_text'.",
    });
  }
  return postgrestError(detail.status, message.code, message.message, {
    details: message.details,
    hint: message.hint,
    headers: detail.headers,
  });
}

export function pgErrorResponse(error: PgError, authenticated: boolean): Response {
  const code = error.code ?? 'XX000';
  if (code === 'PGRST') return raisedResponse(error);
  const message = error.message ?? '';
  const status = statusForSqlState(code, message, authenticated);
  return postgrestError(status, code, message, {
    details: error.detail,
    hint: error.hint,
    headers: status === 401 ? { 'WWW-Authenticate': 'Bearer' } : {},
  });
}

export function isPgError(e: unknown): e is PgError & { code: string } {
  return typeof e === 'object' && e !== null && typeof (e as PgError).code === 'string';
}

/** PostgREST's answer to a JWT it cannot accept: PGRST301 (cannot decode or verify) or PGRST303 (claims). */
export function jwtErrorResponse(problem: { code: 'PGRST301' | 'PGRST303'; message: string }): Response {
  return postgrestError(401, problem.code, problem.message, {
    headers: {
      'WWW-Authenticate': `Bearer error="invalid_token", error_description=${JSON.stringify(problem.message)}`,
    },
  });
}

/** What Supabase's API gateway answers before a request reaches PostgREST or Auth. */
export function gatewayError(status: 401 | 404, message: string, hint?: string): Response {
  return json(status, hint ? { message, hint } : { message });
}

/** Set by rpc.ts on the answer of a function that cannot write (not volatile): known-answers.ts may keep it. */
export const READ_ONLY_HEADER = 'X-Embedded-Read-Only';
