import { useTranslation } from 'react-i18next';
import type { SearchAnswer, SearchKind } from '../model';
import { SearchResultItem } from './search-result-item';
import './search-results.css';

type SearchResultsProps = {
  answer: SearchAnswer;
  /** the kind filter: then one group, paged with "more" */
  kind: SearchKind | null;
  onShowKind: (kind: SearchKind) => void;
  onMore?: () => void;
};

/** The results grouped by kind, the best group first, each with its count; without a kind filter each group shows
 *  its best few and a button to see them all. */
export function SearchResults({ answer, kind, onShowKind, onMore }: SearchResultsProps) {
  const { t } = useTranslation();
  return (
    <div className="search-results">
      {answer.groups.map((g) => {
        const count = g.more ? t('search.countMore', { count: g.count }) : t('search.count', { count: g.count });
        const kindName = t(`search.kinds.${g.kind}`);
        return (
          <section key={g.kind} aria-labelledby={`zoek-${g.kind}`} className="search-group">
            <h2 id={`zoek-${g.kind}`} className="utrecht-heading-3 search-group__title">
              {kindName} <span className="search-group__count">({count})</span>
            </h2>
            <ul className="search-group__list">
              {g.items.map((r) => (
                <SearchResultItem key={r.id} result={r} />
              ))}
            </ul>
            {!kind && g.count > g.items.length ? (
              <button
                type="button"
                className="utrecht-button utrecht-button--subtle"
                onClick={() => onShowKind(g.kind)}
              >
                {t('search.page.showAll', { kind: kindName.toLowerCase(), count: g.count })}
              </button>
            ) : null}
            {kind && onMore && g.count > g.items.length ? (
              <button type="button" className="utrecht-button utrecht-button--subtle" onClick={onMore}>
                {t('search.page.more', { kind: kindName.toLowerCase() })}
              </button>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}
