// A returning visit need not wait for PGlite to open its database from IndexedDB (2-5 s, longer on a slow phone):
// the reads a page makes first were answered before, in this browser, by this same database. Those answers are kept
// here and given again while the database opens; once it is open, every call goes to it.
// Never older than what this browser saved: every write (an RPC of a volatile function, any auth or storage call
// that is not a read) starts a new generation, before it is sent and again once it is done, in every tab (the
// generation is in localStorage), and only answers of the current generation are given. An answer whose request
// began in an earlier generation is not kept. Reads only: a 200 of a function that is not volatile (rpc.ts marks
// it). Per person: answers are kept under the caller's account id and role, and given only while their token is valid.
// A presence ticket (rpc.ts PASSING_WRITES) is the one write that starts no generation: no kept read shows it.
import { prebuiltDb } from 'virtual:prebuilt-db';
import { EMBEDDED_ANON_KEY } from './anon-key';
import { READ_ONLY_HEADER } from './http';

const DB_NAME = 'agendakaart-answers';
const STORE = 'answers';
const GENERATION = 'agendakaart.antwoorden-generatie';

type Known = { generation: string; body: string; contentType: string; range: string | null };

export function currentGeneration(): string {
  try {
    return localStorage.getItem(GENERATION) ?? 'first';
  } catch {
    return 'no-storage';
  }
}

let database: Promise<IDBDatabase | undefined> | undefined;
function open(version?: number): Promise<IDBDatabase | undefined> {
  return new Promise((resolve) => {
    if (typeof indexedDB === 'undefined') return resolve(undefined);
    const request = indexedDB.open(DB_NAME, version);
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(STORE)) request.result.createObjectStore(STORE);
    };
    request.onsuccess = () => {
      const db = request.result;
      if (db.objectStoreNames.contains(STORE)) return resolve(db);
      db.close(); // opened by someone without the store: a newer version makes it
      void open(db.version + 1).then(resolve);
    };
    request.onerror = () => resolve(undefined); // no answers kept, nothing else changes
    request.onblocked = () => resolve(undefined);
  });
}

function inStore<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T | undefined> {
  database ??= open();
  return database.then(
    (db) =>
      new Promise<T | undefined>((resolve) => {
        if (!db) return resolve(undefined);
        try {
          const tx = db.transaction(STORE, mode);
          const request = act(tx.objectStore(STORE));
          tx.oncomplete = () => resolve(request.result);
          tx.onerror = () => resolve(undefined);
          tx.onabort = () => resolve(undefined);
        } catch {
          resolve(undefined);
        }
      }),
  );
}

/** Everything known so far may be out of date: a write is on its way, or done. */
export function forgetAnswers(): void {
  try {
    localStorage.setItem(GENERATION, crypto.randomUUID());
  } catch {
    // without localStorage nothing is given from here (currentGeneration is constant 'no-storage'): clear instead
  }
  void inStore('readwrite', (store) => store.clear());
}

/** Who asks, from the JWT's payload (the database checks the signature; here it only keys this browser's answers). */
function caller(init: RequestInit | undefined): { who: string; validUntil: number } | undefined {
  const authorization = new Headers(init?.headers).get('Authorization');
  if (authorization === null || authorization === `Bearer ${EMBEDDED_ANON_KEY}`) {
    return { who: 'anon', validUntil: Infinity };
  }
  try {
    const payload = authorization.replace(/^Bearer\s+/i, '').split('.')[1] ?? '';
    const claims = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as Record<string, unknown>;
    if (typeof claims.sub !== 'string' || typeof claims.exp !== 'number') return undefined;
    return { who: `${claims.sub}:${String(claims.role)}`, validUntil: claims.exp * 1000 };
  } catch {
    return undefined;
  }
}

function rpcKey(input: RequestInfo | URL, init: RequestInit | undefined): string | undefined {
  if ((init?.method ?? 'GET') !== 'POST') return undefined;
  const rpc = /\/rest\/v1\/rpc\/([a-z_0-9]+)$/.exec(String(input))?.[1];
  const body = typeof init?.body === 'string' ? init.body : init?.body == null ? '{}' : undefined;
  const who = caller(init);
  // answers of a database built from other SQL are not this one's (without a prebuilt bundle there is no telling)
  if (!prebuiltDb || !rpc || body === undefined || !who) return undefined;
  return `${prebuiltDb.hash} ${who.who} ${rpc} ${body}`;
}

/** This browser's earlier answer to the same read by the same person, if nothing was written since. */
export async function knownAnswer(input: RequestInfo | URL, init?: RequestInit): Promise<Response | undefined> {
  const key = rpcKey(input, init);
  if (!key || !((caller(init)?.validUntil ?? 0) > Date.now())) return undefined;
  const known = (await inStore('readonly', (store) => store.get(key))) as Known | undefined;
  if (!known || known.generation !== currentGeneration()) return undefined;
  const headers: Record<string, string> = { 'Content-Type': known.contentType };
  if (known.range) headers['Content-Range'] = known.range;
  return new Response(known.body, { status: 200, headers });
}

/** Keeps a read's answer, unless a write began after the request did (`generation` is from before the request). */
export async function rememberAnswer(
  input: RequestInfo | URL,
  init: RequestInit | undefined,
  response: Response,
  generation: string,
): Promise<void> {
  const key = rpcKey(input, init);
  if (!key || response.status !== 200 || response.headers.get(READ_ONLY_HEADER) !== '1') return;
  const known: Known = {
    generation,
    body: await response.text(),
    contentType: response.headers.get('Content-Type') ?? 'application/json',
    range: response.headers.get('Content-Range'),
  };
  if (generation !== currentGeneration()) return;
  await inStore('readwrite', (store) => store.put(known, key));
}

/** Any call other than an RPC (auth, storage) that is not a read changes what the reads answer. */
export function mayWrite(input: RequestInfo | URL, init?: RequestInit): boolean {
  const method = (init?.method ?? 'GET').toUpperCase();
  if (method === 'GET' || method === 'HEAD') return false;
  if (/\/rest\/v1\/rpc\//.test(String(input))) return false; // the backend knows which functions write (rpc.ts)
  // refreshing a token changes no data, and happens on a returning visit before the first read
  return !/\/auth\/v1\/token\?grant_type=refresh_token/.test(String(input));
}
