import { useEffect, useRef } from 'react';

/** The heading of a form that opened on request: it takes focus, so keyboard and screen reader users land in it. */
export function EditorHeading({ id, children }: { id: string; children: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <h2 id={id} ref={ref} tabIndex={-1} className="utrecht-heading-2 admin-editor__title">
      {children}
    </h2>
  );
}
