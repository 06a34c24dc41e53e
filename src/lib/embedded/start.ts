// Starts the embedded backend on the main thread: the PGlite worker plus the fetch handler that supabase-js uses.
import { PGliteWorker } from '@electric-sql/pglite/worker';
import { prebuiltDb } from 'virtual:prebuilt-db';
import { announceCommit } from '@/lib/realtime/commit-notices';
import { recordBundleHash, resetDatabase } from './bootstrap';
import { flushToStorage } from './durability';
import { EMBEDDED_ANON_KEY } from './anon-key';
import { createEmbeddedFetch, type EmbeddedFetch } from './handler';
import { forgetAnswers } from './known-answers';
import type { PrebuiltDbMeta } from './open-database';

export type EmbeddedBackend = {
  fetch: EmbeddedFetch;
  /** the key the client passes to createClient (see anon-key.ts) */
  anonKey: string;
  /** drops all data, sessions included, and rebuilds the database from migrations and seed */
  reset(): Promise<void>;
};

export async function startEmbeddedBackend(): Promise<EmbeddedBackend> {
  const meta: PrebuiltDbMeta = prebuiltDb && { hash: prebuiltDb.hash, dataDirUrl: prebuiltDb.dataDirUrl };
  const db = await PGliteWorker.create(new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }), {
    meta,
  });
  const options = {
    flush: () => flushToStorage(db),
    beforeWrite: forgetAnswers,
    onCommit: (lasting: boolean) => {
      if (lasting) forgetAnswers();
      announceCommit();
    },
  };
  let handler = await createEmbeddedFetch(db, options);
  const fetch = survivingLeaderChanges(db, (input, init) => handler(input, init));
  return {
    fetch,
    anonKey: EMBEDDED_ANON_KEY,
    async reset() {
      forgetAnswers();
      await resetDatabase(db, (await import('./sql-bundle')).sqlBundle);
      if (prebuiltDb) await recordBundleHash(db, prebuiltDb.hash);
      await options.flush();
      // the signing key lived in the dropped auth schema: sessions issued before the reset are no longer valid
      handler = await createEmbeddedFetch(db, options);
    },
  };
}

/** PGliteWorker loses a call made while its tab is between two leaders (the leader's tab closed or reloaded, the next
 *  one not yet connected): the call's promise never settles (electric-sql/pglite#1109), and a page would wait
 *  forever. So a request first waits until a leader serves this tab, and a request during which the leader changed
 *  fails the way a dropped connection does: queries retry, an editor keeps its draft and saves again. */
function survivingLeaderChanges(db: PGliteWorker, fetch: EmbeddedFetch): EmbeddedFetch {
  const pending = new Set<() => void>();
  db.onLeaderChange(() => {
    for (const fail of pending) fail();
  });
  return async (input, init) => {
    await db.waitReady;
    return new Promise<Response>((resolve, reject) => {
      const fail = () =>
        reject(new TypeError('Failed to fetch: de lokale database is naar een ander tabblad verhuisd'));
      pending.add(fail);
      fetch(input, init)
        .then(resolve, reject)
        .finally(() => pending.delete(fail));
    });
  };
}
