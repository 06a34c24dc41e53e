import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { placeQueries } from './api';
import { FILTER_PARAMS, filtersFromSearch, rpcArgs, withFilter, type PlaceFilters } from './model';

/** The place filters from the URL and a way to change one; the URL is the one source for map and list. */
export function usePlaceFilters() {
  const [search, setSearch] = useSearchParams();
  const filters = useMemo(() => filtersFromSearch(search), [search]);
  // react-router hands a functional update the params of the last render, so two quick changes (a filter, then
  // another before the URL has caught up) would lose the first: build on the last params asked for instead
  const asked = useRef<URLSearchParams | null>(null);
  useEffect(() => {
    asked.current = null;
  }, [search]);
  const update = useCallback(
    (change: (s: URLSearchParams) => URLSearchParams) => {
      const next = change(new URLSearchParams(asked.current ?? search));
      asked.current = next;
      setSearch(next, { replace: true, preventScrollReset: true });
    },
    [search, setSearch],
  );
  const setFilter = useCallback(
    (key: keyof PlaceFilters, value: string | null) => update((s) => withFilter(s, key, value)),
    [update],
  );
  const clearFilters = useCallback(
    () =>
      update((s) => {
        Object.values(FILTER_PARAMS).forEach((param) => s.delete(param));
        return s;
      }),
    [update],
  );
  return { filters, setFilter, clearFilters };
}

/** The places the filters select (in one area, or everywhere), for the map layer and the list alike. */
export function usePlaces(areaId?: string) {
  const { filters } = usePlaceFilters();
  const themes = useQuery(placeQueries.themes());
  const args = rpcArgs(filters, themes.data ?? [], areaId);
  // wait for the themes only when a theme filter needs its id
  const places = useQuery({ ...placeQueries.entries(args), enabled: !filters.theme || themes.isSuccess });
  return { filters, themes: themes.data ?? [], places };
}
