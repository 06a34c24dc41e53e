import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { areaQueries } from '@/features/areas/api';
import { searchQueries } from '@/features/search/api';
import { SearchFilters } from '@/features/search/components/search-filters';
import { SearchQueryForm } from '@/features/search/components/search-query-form';
import { SearchResults } from '@/features/search/components/search-results';
import {
  paramsFromUrl,
  RESULTS_PER_GROUP,
  RESULTS_PER_PAGE,
  searchableQuery,
  urlFromParams,
  type SearchFilters as Filters,
} from '@/features/search/model';
import { useDebouncedValue } from '@/features/search/use-debounced-value';
import { useDocumentTitle } from '@/lib/use-document-title';

export { PageError as ErrorBoundary } from './page-error';

/** /zoeken?q=…&soort=…&gebied=…&status=…: everything found, grouped by kind, with filters; all of it in the URL. */
export function SearchPage() {
  const { t } = useTranslation();
  const [urlParams, setUrlParams] = useSearchParams();
  const params = paramsFromUrl(urlParams);
  // the box follows the URL when it changes from elsewhere (the header's search box, back and forward)
  const [text, setText] = useState(params.q);
  const [shownQ, setShownQ] = useState(params.q);
  if (params.q !== shownQ) {
    setShownQ(params.q);
    setText(params.q);
  }
  const [limit, setLimit] = useState(RESULTS_PER_PAGE);
  const typed = useDebouncedValue(text, 300);
  useEffect(() => {
    if (typed.trim() !== params.q.trim())
      setUrlParams(urlFromParams({ ...params, q: typed.trim() }), { replace: true });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a settled edit of the box updates the URL
  }, [typed]);

  const q = searchableQuery(params.q);
  useDocumentTitle(q ? t('search.page.titleFor', { query: q }) : t('search.page.title'));
  const areas = useQuery(areaQueries.overview());
  const answer = useQuery({
    ...searchQueries.results(
      { ...params, q },
      params.kind ? { limit: Math.min(limit, 50) } : { limit: RESULTS_PER_GROUP },
    ),
    enabled: q !== '',
    placeholderData: keepPreviousData,
  });
  const setFilters = (f: Filters) => {
    setLimit(RESULTS_PER_PAGE);
    setUrlParams(urlFromParams({ ...f, q: params.q }));
  };

  const summary = !q
    ? params.q.trim()
      ? t('search.page.tooShort')
      : ''
    : answer.data && !answer.isPlaceholderData
      ? answer.data.total > 0
        ? t(answer.data.more.length > 0 ? 'search.page.summaryMore' : 'search.page.summary', {
            count: answer.data.total,
            query: q,
          })
        : t('search.page.empty', { query: q })
      : '';

  return (
    <div className="page page--wide">
      <h1 className="utrecht-heading-1">{t('search.page.title')}</h1>
      <p className="utrecht-paragraph">{t('search.page.intro')}</p>
      <SearchQueryForm
        value={text}
        onChange={setText}
        onSubmit={() => setUrlParams(urlFromParams({ ...params, q: text.trim() }))}
      />
      <div className="search-layout">
        <SearchFilters filters={params} areas={areas.data?.areas ?? []} onChange={setFilters} />
        <div>
          <p role="status" className="utrecht-paragraph search-summary">
            {summary}
          </p>
          {answer.data && answer.data.corrections.length > 0 ? (
            <p className="utrecht-paragraph">
              {t('search.page.alsoSearched', { names: answer.data.corrections.join(', ') })}
            </p>
          ) : null}
          {answer.data && answer.data.total === 0 && q ? (
            <p className="utrecht-paragraph muted">{t('search.page.emptyHint')}</p>
          ) : null}
          {q && answer.isPending ? <Skeleton /> : null}
          {answer.isError ? <ErrorState error={answer.error} /> : null}
          {answer.data && q ? (
            <SearchResults
              answer={answer.data}
              kind={params.kind}
              onShowKind={(kind) => setFilters({ ...params, kind })}
              onMore={limit < 50 ? () => setLimit((l) => l + RESULTS_PER_PAGE) : undefined}
            />
          ) : null}
        </div>
      </div>
    </div>
  );
}
