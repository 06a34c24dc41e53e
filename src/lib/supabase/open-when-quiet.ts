// On a returning visit the page's first reads are answered from what this browser kept (embedded/known-answers.ts),
// so opening the local database (compiling PGlite's WebAssembly, reading the data directory out of IndexedDB) need
// not compete with drawing the page, which on a 2-core phone it does: it starts once the page has stopped asking for
// a moment and the browser is idle, and at the latest after a bound. A read that is not known and any write open it
// at once (create-client.ts).

export const QUIET_MS = 600;
export const AT_MOST_MS = 4000;

export type QuietOpener = {
  /** the page asked something: the quiet moment starts again */
  touch(): void;
};

export function openWhenQuiet(open: () => void, quietMs = QUIET_MS, atMostMs = AT_MOST_MS): QuietOpener {
  let done = false;
  let quiet: ReturnType<typeof setTimeout> | undefined;
  const openNow = () => {
    if (done) return;
    done = true;
    clearTimeout(quiet);
    clearTimeout(latest);
    open();
  };
  const latest = setTimeout(openNow, atMostMs);
  const whenIdle = () => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(openNow, { timeout: quietMs * 3 });
    else openNow();
  };
  const touch = () => {
    if (done) return;
    clearTimeout(quiet);
    quiet = setTimeout(whenIdle, quietMs);
  };
  touch();
  return { touch };
}
