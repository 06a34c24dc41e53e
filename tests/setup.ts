import '@/i18n';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { act } from 'react';
import { afterEach, vi } from 'vitest';
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

afterEach(() => {
  cleanup();
  act(() => storeResets.forEach((reset) => reset()));
  // some unit tests run in the node environment, without web storage
  globalThis.localStorage?.clear();
  globalThis.sessionStorage?.clear();
});
