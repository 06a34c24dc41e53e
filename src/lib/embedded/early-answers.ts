// On a first visit a visitor's pages need not wait for PGlite: what they ask first (the map, the area pages, the
// published documents) was answered at build time by the same backend on the same seed (scripts/prebuilt-db.ts),
// and as long as the browser holds no database yet, that is exactly what PGlite will answer once it is up. Once a
// database is stored (a later visit, maybe with edits), or for a signed-in user, every call goes to PGlite.
import { prebuiltDb } from 'virtual:prebuilt-db';
import { EMBEDDED_ANON_KEY } from './anon-key';
import { READ_ONLY_HEADER } from './http';
import { readStoredHash } from './stored-marker';

async function browserHoldsNoDatabase(): Promise<boolean> {
  if (!prebuiltDb || typeof indexedDB === 'undefined') return false;
  try {
    // a database that was never completely stored is thrown away unopened (stored-marker.ts)
    return (await readStoredHash()) !== prebuiltDb.hash;
  } catch {
    return false;
  }
}

function asVisitor(init: RequestInit | undefined): boolean {
  const authorization = new Headers(init?.headers).get('Authorization');
  return authorization === null || authorization === `Bearer ${EMBEDDED_ANON_KEY}`;
}

export type EarlyAnswers = {
  /** the browser holds no database of this build yet: a first visit, or the first since the SQL changed */
  firstVisit: Promise<boolean>;
  answer(input: RequestInfo | URL, init?: RequestInit): Promise<Response | undefined>;
};

/** Call before the database starts: it decides whether the prebuilt answers may be used in this page's life. */
export function createEarlyAnswers(): EarlyAnswers {
  const fresh = browserHoldsNoDatabase();
  return {
    firstVisit: fresh,
    async answer(input, init) {
      if ((init?.method ?? 'GET') !== 'POST' || !asVisitor(init)) return undefined;
      const rpc = /\/rest\/v1\/rpc\/([a-z_]+)$/.exec(String(input))?.[1];
      const body = typeof init?.body === 'string' ? init.body : init?.body === undefined ? '{}' : undefined;
      const url = rpc && body !== undefined ? prebuiltDb?.answerUrls[`${rpc} ${body}`] : undefined;
      if (!url || !(await fresh)) return undefined;
      const response = await fetch(url).catch(() => undefined);
      if (!response?.ok) return undefined;
      const headers = { 'Content-Type': 'application/json', [READ_ONLY_HEADER]: '1' }; // only reads are answered early
      return new Response(await response.text(), { status: 200, headers });
    },
  };
}
