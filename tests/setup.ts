import '@/i18n';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { act } from 'react';
import { afterAll, afterEach, vi } from 'vitest';
import type * as Zustand from 'zustand';

// Every zustand store starts each test from its initial state (zustand's own testing recipe).
const storeResets = new Set<() => void>();
vi.mock('zustand', async (importOriginal) => {
  const zustand = await importOriginal<typeof Zustand>();
  const create = (<T>(initializer?: Zustand.StateCreator<T>) => {
    const withReset = (init: Zustand.StateCreator<T>) => {
      const store = zustand.create<T>()(init);
      const initial = store.getState();
      storeResets.add(() => store.setState(initial, true));
      return store;
    };
    return initializer ? withReset(initializer) : withReset;
  }) as typeof zustand.create;
  return { ...zustand, create };
});

// findBy/waitFor wait up to 5 s, not 1 s: a busy machine (CI beside another job) needs more than a second for a page
// to render (vite.config.ts gives each test 20 s for the same reason)
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  act(() => storeResets.forEach((reset) => reset()));
  // some unit tests run in the node environment, without web storage
  globalThis.localStorage?.clear();
  globalThis.sessionStorage?.clear();
});

// The files a worker runs share its jsdom and the packages it loaded (isolate: false in vite.config.ts: starting
// jsdom and loading React, supabase-js … again for every file took more time than the tests). So that each file
// still starts as in a fresh worker, what a file leaves behind is undone after its last test:
afterAll(() => {
  // its stubs (vi.stubEnv, vi.stubGlobal) and fake timers
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
  vi.useRealTimers();
  // the document: title, attributes (lang), what is left in <head> and <body>, the URL. The elements themselves
  // stay: Testing Library's `screen` holds on to this <body>.
  if (typeof document !== 'undefined') {
    for (const element of [document.documentElement, document.head, document.body]) {
      for (const { name } of [...element.attributes]) element.removeAttribute(name);
    }
    document.head.replaceChildren();
    document.body.replaceChildren();
    history.replaceState(null, '', '/');
  }
  // the app modules it loaded: the next file loads them again, under its own vi.mock and vi.stubEnv
  vi.resetModules();
});
