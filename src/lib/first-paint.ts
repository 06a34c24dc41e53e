// In Supabase mode supabase-js (~55 KB gzipped) stays off the critical path of the map: it loads once the map has
// painted its areas (the map calls markFirstPaint), at once on a page without a map, and after 3 s at the latest.
import { lazy, type ComponentType } from 'react';

const MAP_PAGE = /^\/(gebied\/[^/]+\/?)?$/;
const LATEST_MS = 3000;

let painted!: () => void;
const paint = new Promise<void>((resolve) => (painted = resolve));

export function markFirstPaint(): void {
  painted();
}

export function firstPaint(): Promise<void> {
  if (typeof window === 'undefined' || !MAP_PAGE.test(window.location.pathname)) return Promise.resolve();
  return Promise.race([paint, new Promise<void>((resolve) => setTimeout(resolve, LATEST_MS))]);
}

/** React.lazy for what the first paint of the map does not need (the header's save status, notifications, toasts):
 *  its code loads once the map has painted, so it does not count against the JavaScript before the map. */
export function lazyAfterFirstPaint<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => {
    await firstPaint();
    return { default: await load() };
  });
}
