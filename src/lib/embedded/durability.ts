// With relaxedDurability PGlite answers a query before IndexedDB has the change, which keeps reads fast. A write
// must not be reported as saved before it is stored, so the request handler asks for a flush after every write.
// The database lives in whichever tab's worker won PGlite's leader election, so the request travels as a Postgres
// notification (PGliteWorker forwards those between tabs) and the leader answers with another one when done.
import type { PGlite, PGliteInterface } from '@electric-sql/pglite';

const FLUSH = 'agendakaart_flush';
const FLUSHED = 'agendakaart_flushed';
const FLUSH_TIMEOUT_MS = 10_000;

/** In the leader worker: store the data directory in IndexedDB on request (`store`), then say so. */
export async function serveFlushRequests(db: PGlite, store: () => Promise<void>): Promise<void> {
  await db.listen(FLUSH, (requestId) => {
    void (async () => {
      await store().catch((error: unknown) => console.warn('Opslaan in IndexedDB mislukt', error));
      await db.query('select pg_notify($1, $2)', [FLUSHED, requestId]);
    })();
  });
}

/** In the tab: resolves once everything written so far is in IndexedDB (or after a timeout, so nothing hangs). */
export async function flushToStorage(db: PGliteInterface): Promise<void> {
  const requestId = crypto.randomUUID();
  let done!: () => void;
  const flushed = new Promise<void>((resolve) => (done = resolve));
  const unlisten = await db.listen(FLUSHED, (payload) => {
    if (payload === requestId) done();
  });
  try {
    await db.query('select pg_notify($1, $2)', [FLUSH, requestId]);
    await Promise.race([flushed, new Promise((resolve) => setTimeout(resolve, FLUSH_TIMEOUT_MS))]);
  } finally {
    await unlisten();
  }
}
