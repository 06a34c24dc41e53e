// What the page waits for from the embedded backend, so that no wait is silent: components/backend-wait shows it
// after a few seconds and, after a bound, offers to restart. No PGlite here: the header imports it.

export type BackendWait = {
  /** the local database is not open yet (a first visit loads it, a later one opens it from IndexedDB) */
  opening: boolean;
  /** when the longest unanswered request began (performance.now()), if one is unanswered */
  since: number | undefined;
};

const started = new Map<symbol, number>();
const listeners = new Set<() => void>();
let snapshot: BackendWait = { opening: true, since: undefined };

function publish(opening = snapshot.opening): void {
  const since = started.size ? Math.min(...started.values()) : undefined;
  if (opening === snapshot.opening && since === snapshot.since) return;
  snapshot = { opening, since };
  for (const listener of listeners) listener();
}

/** Counts `request` as waited for until it settles. */
export function waitFor<T>(request: Promise<T>): Promise<T> {
  const id = Symbol('request');
  started.set(id, performance.now());
  publish();
  return request.finally(() => {
    started.delete(id);
    publish();
  });
}

export function markBackendOpen(): void {
  publish(false);
}

export const backendWait = {
  get: (): BackendWait => snapshot,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
