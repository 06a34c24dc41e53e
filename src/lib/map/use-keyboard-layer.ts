import type { Path } from 'leaflet';
import { useEffect, useRef, type RefObject } from 'react';

/** Makes a Leaflet path (an area, a place) a keyboard link: reachable with Tab, named for screen readers, opened with
 *  Enter or Space, its tooltip shown while it has focus. */
export function useKeyboardLayer(layerRef: RefObject<Path | null>, label: string, activate: () => void): void {
  // the newest callback, without re-binding the listeners on every render
  const latest = useRef(activate);
  useEffect(() => {
    latest.current = activate;
  });
  useEffect(() => {
    const layer = layerRef.current;
    const el = layer?.getElement() as SVGElement | undefined;
    if (!layer || !el) return;
    el.setAttribute('tabindex', '0');
    el.setAttribute('role', 'link');
    el.setAttribute('aria-label', label);
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        latest.current();
      }
    };
    const onFocus = () => layer.openTooltip();
    const onBlur = () => layer.closeTooltip();
    el.addEventListener('keydown', onKey);
    el.addEventListener('focus', onFocus);
    el.addEventListener('blur', onBlur);
    return () => {
      el.removeEventListener('keydown', onKey);
      el.removeEventListener('focus', onFocus);
      el.removeEventListener('blur', onBlur);
    };
  }, [layerRef, label]);
}
