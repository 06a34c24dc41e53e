import { Children, type ReactNode } from 'react';
import './list-section.css';

type ListSectionProps = { id: string; title: string; empty: string; children: ReactNode };

/** A titled list on an area or wijk page, with a sentence instead of an empty list. */
export function ListSection({ id, title, empty, children }: ListSectionProps) {
  const hasItems = Children.count(children) > 0;
  return (
    <section aria-labelledby={`${id}-titel`} className="area-section">
      <h2 id={`${id}-titel`} className="utrecht-heading-3">
        {title}
      </h2>
      {hasItems ? (
        <ul className="utrecht-unordered-list area-section__list">{children}</ul>
      ) : (
        <p className="utrecht-paragraph muted">{empty}</p>
      )}
    </section>
  );
}
