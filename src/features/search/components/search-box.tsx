import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { searchQueries } from '../api';
import { resultHref, searchableQuery, urlFromParams, type SearchResult } from '../model';
import { useDebouncedValue } from '../use-debounced-value';
import { SearchSuggestions } from './search-suggestions';
import './search-box.css';

const DEBOUNCE_MS = 250;
/** The header box asks for the best few kinds, a few results each. */
const SUGGEST_PAGE = { limit: 3, groups: 4 } as const;

/**
 * The search box in the header (the combobox pattern, ARIA APG "list autocomplete"): suggestions appear as you type
 * (one request per pause; an outdated one is cancelled), arrow keys move through them, Enter opens the one chosen or
 * else the results page, Escape closes them. The number found is announced in a live region.
 */
export function SearchBox() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = useId();
  const listId = `${id}-list`;
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const q = searchableQuery(useDebouncedValue(text, DEBOUNCE_MS));
  const query = useQuery({
    ...searchQueries.results({ q, kind: null, areaId: null, status: null }, SUGGEST_PAGE),
    enabled: q !== '',
    placeholderData: keepPreviousData,
  });
  const results: SearchResult[] = q && query.data ? query.data.groups.flatMap((g) => g.items) : [];
  // the last option opens the results page
  const optionCount = q ? results.length + 1 : 0;
  const expanded = open && optionCount > 0;
  const optionId = (i: number) => `${id}-option-${i}`;

  const go = (href: string) => {
    setOpen(false);
    setActive(-1);
    void navigate(href);
  };
  const allResultsHref = () => paths.search.href(urlFromParams({ q: text.trim() }));

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const chosen = expanded && active >= 0 ? results[active] : undefined;
    if (chosen) go(resultHref(chosen.target));
    else if (text.trim()) go(allResultsHref());
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && optionCount > 0) {
      e.preventDefault();
      const down = e.key === 'ArrowDown';
      setOpen(true);
      // -1 is the input itself: past either end of the list the focus returns to the text
      setActive((a) => {
        if (!expanded) return down ? 0 : optionCount - 1;
        const next = a + (down ? 1 : -1);
        return next >= optionCount ? -1 : next < -1 ? optionCount - 1 : next;
      });
    } else if (e.key === 'Escape' && (expanded || text)) {
      // close the suggestions (then empty the box); only an Escape after that reaches the header menu
      e.stopPropagation();
      e.preventDefault(); // not the browser's own clearing of a search field: first close, then clear
      if (expanded) setOpen(false);
      else setText('');
      setActive(-1);
    }
  };
  const activeIndex = expanded ? active : -1;

  return (
    <form role="search" className="search-box" onSubmit={onSubmit} aria-label={t('search.box.label')}>
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {t('search.box.label')}
      </label>
      <input
        id={`${id}-input`}
        className="utrecht-textbox search-box__input"
        type="search"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && activeIndex >= 0 ? optionId(activeIndex) : undefined}
        placeholder={t('search.box.placeholder')}
        value={text}
        maxLength={200}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={(e) => {
          if (!e.currentTarget.form?.contains(e.relatedTarget as Node | null)) setOpen(false);
        }}
      />
      <button type="submit" className="search-box__submit" aria-label={t('search.box.submit')}>
        <span aria-hidden="true" className="search-box__icon" />
      </button>
      <SearchSuggestions
        listId={listId}
        expanded={expanded}
        results={results}
        activeIndex={activeIndex}
        optionId={optionId}
        query={text.trim()}
        allResultsHref={allResultsHref()}
        onChoose={go}
      />
      <div role="status" aria-live="polite" className="visually-hidden">
        {q && query.isError
          ? t('search.box.error')
          : q && query.isSuccess && !query.isPlaceholderData
            ? query.data.total > 0
              ? t('search.box.found', { count: query.data.total })
              : t('search.box.noResults', { query: q })
            : ''}
      </div>
    </form>
  );
}
