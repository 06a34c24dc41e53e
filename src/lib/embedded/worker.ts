// Web Worker that owns the PGlite database. With several tabs open, PGlite elects one leader worker that runs
// the database; the other tabs' queries are forwarded to it, so all tabs see the same data.
import { worker } from '@electric-sql/pglite/worker';
import { serveFlushRequests } from './durability';
import { openDatabase, storeCompletely, type PrebuiltDbMeta } from './open-database';
import { packErrorsOf } from './worker-errors';

// Emscripten's IndexedDB file system persists in the background and, on a first start, can trip over a temporary
// file that Postgres removed in the meantime (ENOENT). The next persist pass writes the current state, so such an
// error loses nothing; keep it out of the page's error reporting but leave a trace in the console.
// (Emscripten's ErrnoError is a plain object, not an Error.)
function ignoreTransientFsError(event: Event, error: unknown) {
  const fsError = error as { name?: unknown; errno?: unknown } | null;
  if (fsError?.name === 'ErrnoError') {
    event.preventDefault();
    console.warn('IndexedDB-opslag: tijdelijke bestandsfout genegeerd, errno', fsError.errno);
  }
}
self.addEventListener('error', (event) => ignoreTransientFsError(event, event.error));
self.addEventListener('unhandledrejection', (event) => ignoreTransientFsError(event, event.reason));

void worker({
  async init(options) {
    // the SQL files are only needed when there is no prebuilt data directory: load them only then
    const prebuilt = options.meta as PrebuiltDbMeta;
    const db = await openDatabase(prebuilt, async () => (await import('./sql-bundle')).sqlBundle);
    await serveFlushRequests(db, () => storeCompletely(db, prebuilt));
    packErrorsOf(db);
    return db;
  },
});
