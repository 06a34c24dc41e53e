// On a first visit the map need not wait for PGlite: map_overview() of the fresh seed was computed at build time
// (scripts/prebuilt-db.ts), and as long as the browser holds no database yet, that is exactly what PGlite will
// answer once it is up. Once a database exists (a later visit, maybe with edited areas) every call goes to PGlite.
import { prebuiltDb } from 'virtual:prebuilt-db';
import { storedDatabaseNames } from './database-name';

const EARLY_RPCS: Record<string, string | undefined> = { map_overview: prebuiltDb?.mapOverviewUrl };

async function browserHoldsNoDatabase(): Promise<boolean> {
  if (!prebuiltDb || typeof indexedDB === 'undefined') return false;
  try {
    return (await storedDatabaseNames()).length === 0;
  } catch {
    return false;
  }
}

/** Call before the database starts: it decides whether the prebuilt answers may be used in this page's life. */
export function createEarlyAnswers(): (input: RequestInfo | URL, init?: RequestInit) => Promise<Response | undefined> {
  const fresh = browserHoldsNoDatabase();
  return async (input, init) => {
    if ((init?.method ?? 'GET') !== 'POST') return undefined;
    const rpc = /\/rest\/v1\/rpc\/([a-z_]+)$/.exec(String(input))?.[1];
    const url = rpc ? EARLY_RPCS[rpc] : undefined;
    if (!url || (init?.body !== '{}' && init?.body !== undefined)) return undefined;
    if (!(await fresh)) return undefined;
    const response = await fetch(url).catch(() => undefined);
    if (!response?.ok) return undefined;
    return new Response(await response.text(), { status: 200, headers: { 'Content-Type': 'application/json' } });
  };
}
