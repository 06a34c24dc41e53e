// Which prebuilt SQL bundle the database in IndexedDB was completely stored from. Emscripten's IDBFS creates its
// IndexedDB database the moment PGlite starts, long before the data directory is in it: a visit that leaves during
// the first store (a click on a link while the database loads) leaves a database without a data directory. Opening
// that made Postgres run initdb (15 s on an idle laptop, over a minute on a busy one) only to throw the result away:
// the page hung on "Bezig met laden…". So the worker writes this marker after each complete store, and a database
// without it is deleted unopened. (A store is one IndexedDB transaction: one that is cut off leaves the last one.)
const NAME = 'agendakaart-stored';
const STORE = 'marker';
const KEY = 'bundle-hash';

/** Opens the database with its object store (made by a newer version if someone opened it without the store). */
function open(version?: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(NAME, version);
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(STORE)) request.result.createObjectStore(STORE);
    };
    request.onsuccess = () => {
      const db = request.result;
      if (db.objectStoreNames.contains(STORE)) return resolve(db);
      db.close();
      open(db.version + 1).then(resolve, reject);
    };
    request.onerror = () => reject(request.error ?? new Error(`IndexedDB ${NAME} kon niet worden geopend`));
  });
}

async function run<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = act(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error ?? new Error(`IndexedDB ${NAME}: ${mode} mislukt`));
      tx.onabort = () => reject(tx.error ?? new Error(`IndexedDB ${NAME}: ${mode} afgebroken`));
    });
  } finally {
    db.close();
  }
}

/** The hash of the bundle whose database is completely in IndexedDB, if any. */
export async function readStoredHash(): Promise<string | undefined> {
  if (typeof indexedDB === 'undefined') return undefined;
  const value = await run('readonly', (store) => store.get(KEY)).catch(() => undefined);
  return typeof value === 'string' ? value : undefined;
}

export function markStored(hash: string): Promise<void> {
  return run('readwrite', (store) => store.put(hash, KEY)).then(() => undefined);
}

export function clearStoredMarker(): Promise<void> {
  return run('readwrite', (store) => store.delete(KEY)).then(() => undefined);
}
