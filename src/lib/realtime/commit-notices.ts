// Embedded backend: all tabs of a browser work on one database. The backend announces every committed write to the
// other tabs at once, while the saving tab still waits for IndexedDB (a flush takes ~200 ms): their open documents
// refetch without waiting for the saver's change notice, which follows after the flush and says who changed what.
// One BroadcastChannel object per tab, shared by the announcer and the listeners, so a tab never hears itself.
const NAME = 'agendakaart:commits';

let port: BroadcastChannel | undefined;
const listeners = new Set<() => void>();

function channel(): BroadcastChannel | undefined {
  if (!port && typeof BroadcastChannel !== 'undefined') {
    port = new BroadcastChannel(NAME);
    port.onmessage = () => {
      for (const listener of listeners) listener();
    };
  }
  return port;
}

/** Called by the embedded backend when a write has committed (before it is flushed). */
export function announceCommit(): void {
  channel()?.postMessage('committed');
}

/** Calls `listener` whenever another tab of this browser committed a write; returns the unsubscribe. */
export function onCommitElsewhere(listener: () => void): () => void {
  channel();
  listeners.add(listener);
  return () => listeners.delete(listener);
}
