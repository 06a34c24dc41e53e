import { useEffect, useRef, useState, type RefObject } from 'react';

// One object URL per Blob, shared by whoever shows it and revoked a moment after the last one stops (a remount,
// as React's StrictMode does, keeps it).
const urls = new Map<Blob, { url: string; users: number }>();

function urlOf(blob: Blob): string | null {
  if (typeof URL.createObjectURL !== 'function') return null;
  let entry = urls.get(blob);
  if (!entry) urls.set(blob, (entry = { url: URL.createObjectURL(blob), users: 0 }));
  return entry.url;
}

function acquire(blob: Blob): void {
  const entry = urls.get(blob);
  if (entry) entry.users += 1;
}

function release(blob: Blob): void {
  const entry = urls.get(blob);
  if (!entry) return;
  entry.users -= 1;
  setTimeout(() => {
    if (entry.users === 0 && urls.get(blob) === entry) {
      urls.delete(blob);
      URL.revokeObjectURL(entry.url);
    }
  }, 1000);
}

/** An object URL for a Blob while the component shows it; revoked when nothing shows it any more. */
export function useObjectUrl(blob: Blob | undefined): string | null {
  const url = blob ? urlOf(blob) : null;
  useEffect(() => {
    if (!blob) return;
    acquire(blob);
    return () => release(blob);
  }, [blob]);
  return url;
}

/** True once the element comes near the viewport (or the page is printed, or `eager`): images load lazily. */
export function useNearViewport(ref: RefObject<Element | null>, eager = false): boolean {
  const [near, setNear] = useState(eager);
  const seen = useRef(eager);
  useEffect(() => {
    if (seen.current) return;
    const show = () => {
      seen.current = true;
      setNear(true);
    };
    window.addEventListener('beforeprint', show);
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') {
      show();
      return () => window.removeEventListener('beforeprint', show);
    }
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && show(), {
      rootMargin: '300px',
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', show);
    };
  }, [ref]);
  return near;
}
