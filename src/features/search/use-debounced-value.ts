import { useEffect, useState } from 'react';

/** `value`, once it has not changed for `ms` milliseconds (typing in the search box sends one request per pause). */
export function useDebouncedValue<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
