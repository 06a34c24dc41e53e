// PGlite stores its data directory in IndexedDB after every query (in the background, with relaxedDurability), and
// the worker stores it again for the marker and for every flush after a write. Emscripten's IDBFS does not wait for
// a store in progress: each pass compares the memory file system with what IndexedDB held when it began, so passes
// that overlap on a first visit each write the whole directory (tens of MB) again; measured on a busy 2-core machine,
// three overlapping first stores took 13 s and held back the first sign-in. So:
// - a store waits for the one in progress, and the calls made meanwhile share one next pass, which still includes
//   everything written before them (a flush after a write, the marker's store);
// - PGlite's own background passes after each query (`relaxedDurability` true: nobody waits for them) are put off
//   until the database has had a quiet moment, so a page's burst of queries costs one pass, not one per query. What
//   must be stored before it is reported saved is stored by an explicit flush (durability.ts), never by these.
import type { PGlite } from '@electric-sql/pglite';

type Filesystem = NonNullable<PGlite['fs']>;

/** A background pass runs once no query has asked for one for this long… */
export const QUIET_MS = 1_000;
/** …or, with queries all the time, at the latest this long after the first one asked. */
export const MAX_DEFER_MS = 5_000;

export function oneStoreAtATime(fs: Filesystem): void {
  const store = fs.syncToFs.bind(fs);
  let running: Promise<void> | undefined;
  let next: Promise<void> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let deferredSince: number | undefined;

  const start = () => {
    const pass = store(false).finally(() => {
      if (running === pass) running = undefined;
    });
    running = pass;
    return pass;
  };
  const now = (): Promise<void> => {
    if (timer !== undefined) clearTimeout(timer); // this pass stores what the background pass would have
    timer = deferredSince = undefined;
    if (!running) return start();
    next ??= running
      .catch(() => undefined)
      .then(() => {
        next = undefined;
        return start();
      });
    return next;
  };
  const later = (): Promise<void> => {
    deferredSince ??= Date.now();
    if (timer !== undefined) clearTimeout(timer);
    const wait = Math.min(QUIET_MS, deferredSince + MAX_DEFER_MS - Date.now());
    timer = setTimeout(
      () => {
        now().catch((error: unknown) => console.warn('Opslaan in IndexedDB (achtergrond) mislukt', error));
      },
      Math.max(0, wait),
    );
    return Promise.resolve();
  };

  fs.syncToFs = (relaxedDurability?: boolean) => (relaxedDurability ? later() : now());
  // a database that is closed (a stale one is thrown away) first finishes its pass and drops the waiting one
  const close = fs.closeFs.bind(fs);
  fs.closeFs = async () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = deferredSince = undefined;
    await running?.catch(() => undefined);
    return close();
  };
}
