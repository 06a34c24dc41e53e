import { useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import './header-menu.css';

type HeaderMenuProps = { label: string; children: ReactNode };

/**
 * What the header holds besides the name of the app. On a wide screen it all stands in the header row as if there
 * were no menu; below 900 px it folds behind one button (the disclosure pattern): the button says whether it is open
 * (aria-expanded) and what it opens (aria-controls); Escape closes it and puts the focus back on the button; it
 * closes when you go to another page, tap outside it, or Tab out of it.
 */
export function HeaderMenu({ label, children }: HeaderMenuProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  // a link in the menu was followed (or the browser went back): the new page is in view, not the menu
  const { key } = useLocation();
  const [pageKey, setPageKey] = useState(key);
  if (key !== pageKey) {
    setPageKey(key);
    setOpen(false);
  }

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (e: PointerEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !open) return;
    e.stopPropagation();
    setOpen(false);
    buttonRef.current?.focus();
  };
  // Tab past the last item: the page behind the menu gets the focus, so the menu goes (a click on plain text in
  // the menu moves the focus nowhere, relatedTarget null, and leaves it open)
  const onBlur = (e: FocusEvent) => {
    if (e.relatedTarget && !rootRef.current?.contains(e.relatedTarget as Node)) setOpen(false);
  };

  return (
    <div ref={rootRef} className="header-menu" onKeyDown={onKeyDown} onBlur={onBlur}>
      <button
        ref={buttonRef}
        type="button"
        className="header-menu__button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="header-menu__icon" aria-hidden="true" />
        {label}
      </button>
      <div id={panelId} className={open ? 'header-menu__panel header-menu__panel--open' : 'header-menu__panel'}>
        {children}
      </div>
    </div>
  );
}
