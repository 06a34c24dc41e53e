// Where supabase-js keeps the session. By default localStorage, as supabase-js does: a link opened in a new tab and
// a reopened browser stay signed in. The demo sign-in offers "In dit tabblad inloggen als …": that tab then keeps
// its session in sessionStorage only, so two tabs can be two demo people side by side (a per-tab flag, itself in
// sessionStorage, so it ends with the tab). No PGlite or supabase-js here: the sign-in page imports it.
import type { SupportedStorage } from '@supabase/supabase-js';

const THIS_TAB_ONLY = 'agendakaart.sessie-alleen-dit-tabblad';

function webStorage(name: 'localStorage' | 'sessionStorage'): Storage | null {
  try {
    return globalThis[name] ?? null;
  } catch {
    return null; // storage blocked: supabase-js then keeps the session in memory for this page
  }
}

export function isSessionThisTabOnly(): boolean {
  return webStorage('sessionStorage')?.getItem(THIS_TAB_ONLY) === '1';
}

/** true: this tab's next sign-in stays in this tab; false: it is shared with the other tabs (the default). */
export function keepSessionInThisTab(thisTabOnly: boolean): void {
  const tab = webStorage('sessionStorage');
  try {
    if (thisTabOnly) tab?.setItem(THIS_TAB_ONLY, '1');
    else tab?.removeItem(THIS_TAB_ONLY);
  } catch {
    // quota full: the flag stays as it was
  }
}

const memory = new Map<string, string>();
const store = () => webStorage(isSessionThisTabOnly() ? 'sessionStorage' : 'localStorage');

/** supabase-js's `auth.storage`: the flag is read on every access, so it applies from the next sign-in on. */
export const authStorage: SupportedStorage = {
  getItem: (key) => {
    const s = store();
    return s ? s.getItem(key) : (memory.get(key) ?? null);
  },
  setItem: (key, value) => {
    const s = store();
    if (s) s.setItem(key, value);
    else memory.set(key, value);
  },
  removeItem: (key) => {
    const s = store();
    if (s) s.removeItem(key);
    else memory.delete(key);
  },
};
