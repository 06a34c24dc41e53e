import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

type PeopleSearchProps = { query: string; onQueryChange: (query: string) => void };

const DELAY_MS = 300;

/** Search as you type, 300 ms after the last key (Enter searches at once); the query itself lives in the URL. */
export function PeopleSearch({ query, onQueryChange }: PeopleSearchProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(query);
  const latest = useRef(onQueryChange);
  useEffect(() => {
    latest.current = onQueryChange;
  });
  // back/forward changes the URL: the box follows (but not the query it has just sent itself)
  const [seenQuery, setSeenQuery] = useState(query);
  if (query !== seenQuery) {
    setSeenQuery(query);
    if (text.trim() !== query) setText(query);
  }
  useEffect(() => {
    if (text.trim() === query) return;
    const timer = setTimeout(() => latest.current(text.trim()), DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, query]);

  return (
    <form
      role="search"
      className="admin-search"
      onSubmit={(e) => {
        e.preventDefault();
        onQueryChange(text.trim());
      }}
    >
      <label htmlFor={id} className="utrecht-form-label">
        {t('admin.people.search')}
      </label>
      <input
        id={id}
        type="search"
        className="utrecht-textbox utrecht-textbox--html-input"
        value={text}
        maxLength={200}
        autoComplete="off"
        onChange={(e) => setText(e.target.value)}
      />
    </form>
  );
}
