import { useEffect, useRef } from 'react';

/** When a panel replaces a form (mail sent, password saved), keyboard and screen reader focus moves to its heading. */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}
