import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { resultHref, type SearchResult } from '../model';
import { HighlightedText } from './highlighted-text';
import { ResultMeta } from './result-meta';

type SearchSuggestionsProps = {
  listId: string;
  expanded: boolean;
  results: SearchResult[];
  /** the option the arrow keys are on (aria-activedescendant), or -1 */
  activeIndex: number;
  optionId: (index: number) => string;
  query: string;
  allResultsHref: string;
  onChoose: (href: string) => void;
};

/** The listbox under the header's search box: the best results, then "all results" (the results page). The focus
 *  stays in the input; a pointer chooses an option without taking it away first. */
export function SearchSuggestions(p: SearchSuggestionsProps) {
  const { t } = useTranslation();
  const option = (index: number, href: string, content: ReactNode) => (
    <li
      key={href}
      id={p.optionId(index)}
      role="option"
      aria-selected={index === p.activeIndex}
      className={index === p.activeIndex ? 'search-option search-option--active' : 'search-option'}
      // keep the focus in the input, so choosing does not first close the list
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => p.onChoose(href)}
    >
      {content}
    </li>
  );
  return (
    <ul
      id={p.listId}
      role="listbox"
      aria-label={t('search.box.suggestions')}
      className="search-suggestions"
      hidden={!p.expanded}
    >
      {p.results.map((r, i) =>
        option(
          i,
          resultHref(r.target),
          <>
            <span className="search-option__title">
              <HighlightedText marked={r.title_marked} />
            </span>
            <ResultMeta result={r} />
          </>,
        ),
      )}
      {option(
        p.results.length,
        p.allResultsHref,
        <span className="search-option__all">{t('search.box.showAll', { query: p.query })}</span>,
      )}
    </ul>
  );
}
