// Opens the embedded database in the worker. A first visit loads the prebuilt data directory (scripts/prebuilt-db.ts)
// instead of running initdb, the migrations and the seed; a database built from other SQL is thrown away and loaded
// again, so the app never runs on a stale schema or seed; so is one that was never completely stored (stored-marker.ts).
// Without a prebuilt directory (or when it cannot be fetched) it falls back to building the database in the browser.
import { IdbFs, PGlite } from '@electric-sql/pglite';
import {
  bootstrapDatabase,
  dropTemplateDatabases,
  INITDB_PARAMS,
  readBundleHash,
  recordBundleHash,
  type SqlBundle,
} from './bootstrap';
import { DATA_DIR_NAME, storedDatabaseNames } from './database-name';
import { PGLITE_EXTENSIONS } from './pglite-extensions';
import { oneStoreAtATime } from './one-store-at-a-time';
import { clearStoredMarker, markStored, readStoredHash } from './stored-marker';

/** What the tab passes to the worker (PGliteWorker `meta`). */
export type PrebuiltDbMeta = { hash: string; dataDirUrl: string } | undefined;

// relaxedDurability: queries do not wait for IndexedDB. Writes still do: see durability.ts.
const OPTIONS = { relaxedDurability: true };

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error(`IndexedDB ${name} kon niet worden verwijderd`));
  });
}

async function fetchDataDir(url: string): Promise<Blob> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Vooraf gebouwde database niet geladen: HTTP ${response.status}`);
  // a server may send the .tar.gz with Content-Encoding: gzip, and then the browser has unpacked it already
  const bytes = new Uint8Array(await response.arrayBuffer());
  const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
  return new Blob([bytes], { type: gzipped ? 'application/gzip' : 'application/x-tar' });
}

/** PGlite on the database in IndexedDB, storing one pass at a time (one-store-at-a-time.ts). */
async function createPGlite(options: Parameters<typeof PGlite.create>[1]): Promise<PGlite> {
  const fs = new IdbFs(DATA_DIR_NAME);
  oneStoreAtATime(fs);
  return PGlite.create({ ...OPTIONS, ...options, fs, extensions: PGLITE_EXTENSIONS });
}

async function buildInBrowser(bundle: SqlBundle, hash: string | undefined): Promise<PGlite> {
  const db = await createPGlite({ initDbStartParams: INITDB_PARAMS });
  await dropTemplateDatabases(db);
  await bootstrapDatabase(db, bundle);
  if (hash) await recordBundleHash(db, hash);
  await db.fs?.syncToFs(false);
  return db;
}

/** The database in IndexedDB if it was built from this very SQL; else (older SQL, or a first store that was cut
 *  off so that Postgres cannot start) undefined, and it is closed. */
async function openStored(hash: string): Promise<PGlite | undefined> {
  let db: PGlite | undefined;
  try {
    db = await createPGlite({});
    if ((await readBundleHash(db)) === hash) return db;
    console.info('Lokale database is gebouwd uit andere SQL: opnieuw geladen met de actuele demogegevens.');
  } catch (error) {
    console.warn('Lokale database kon niet worden geopend: opnieuw geladen met de actuele demogegevens.', error);
  }
  await db?.close().catch(() => undefined);
  return undefined;
}

/** After every complete store of the data directory in IndexedDB: the marker says it may be opened next time. */
export async function storeCompletely(db: PGlite, prebuilt: PrebuiltDbMeta): Promise<void> {
  await db.fs?.syncToFs(false);
  if (prebuilt) await markStored(prebuilt.hash);
}

export async function openDatabase(prebuilt: PrebuiltDbMeta, loadBundle: () => Promise<SqlBundle>): Promise<PGlite> {
  if (!prebuilt) return buildInBrowser(await loadBundle(), undefined);
  const stored = await storedDatabaseNames();
  if (stored.length > 0) {
    const db = (await readStoredHash()) === prebuilt.hash ? await openStored(prebuilt.hash) : undefined;
    if (db) return db;
    await clearStoredMarker();
    for (const name of stored) await deleteDatabase(name);
  }
  let dataDir: Blob;
  try {
    dataDir = await fetchDataDir(prebuilt.dataDirUrl);
  } catch (error) {
    console.warn('Vooraf gebouwde database niet beschikbaar; de database wordt in de browser opgebouwd.', error);
    return buildInBrowser(await loadBundle(), prebuilt.hash);
  }
  const db = await createPGlite({ loadDataDir: dataDir });
  // stored in IndexedDB in the background; a first store that is cut off leaves no marker, so it is not opened
  storeCompletely(db, prebuilt).catch((error: unknown) =>
    console.warn('Lokale database nog niet opgeslagen; dat gebeurt bij de volgende wijziging.', error),
  );
  return db;
}
