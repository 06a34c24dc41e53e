// PGlite's worker passes only an error's message from the worker to the tab, so a Postgres error would arrive
// without its SQLSTATE and every refusal would look like a crash. The worker packs the fields into the message
// and the tab unpacks them again.
import type { PgError } from './http';

const MARKER = 'agendakaart-pg-error:';

/** In the worker: an error that carries code, detail and hint inside its message. */
export function packDbError(error: unknown): unknown {
  const e = error as PgError | null;
  if (typeof e?.code !== 'string') return error;
  const { code, message, detail, hint } = e;
  return new Error(MARKER + JSON.stringify({ code, message, detail, hint }));
}

/** In the tab: the original error fields again, or the error as it came. */
export function unpackDbError(error: unknown): unknown {
  if (!(error instanceof Error) || !error.message.startsWith(MARKER)) return error;
  try {
    return JSON.parse(error.message.slice(MARKER.length)) as PgError;
  } catch {
    return error;
  }
}

type Protocol = {
  execProtocol: (...args: never[]) => Promise<unknown>;
  execProtocolStream: (...args: never[]) => Promise<unknown>;
};

/** Wraps the two entry points the worker serves, so their errors travel with their fields. */
export function packErrorsOf(db: Protocol): void {
  for (const name of ['execProtocol', 'execProtocolStream'] as const) {
    const original = db[name].bind(db) as (...args: unknown[]) => Promise<unknown>;
    db[name] = (async (...args: unknown[]) => {
      try {
        return await original(...args);
      } catch (e) {
        throw packDbError(e);
      }
    }) as (typeof db)[typeof name];
  }
}
