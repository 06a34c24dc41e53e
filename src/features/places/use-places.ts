import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { placeQueries } from './api';
import { FILTER_PARAMS, filtersFromSearch, rpcArgs, withFilter, type PlaceFilters } from './model';

/** The place filters from the URL and a way to change one; the URL is the one source for map and list. */
export function usePlaceFilters() {
  const [search, setSearch] = useSearchParams();
  const filters = useMemo(() => filtersFromSearch(search), [search]);
  const setFilter = useCallback(
    (key: keyof PlaceFilters, value: string | null) =>
      setSearch((s) => withFilter(s, key, value), { replace: true, preventScrollReset: true }),
    [setSearch],
  );
  // one URL update for all three: react-router's functional updates do not chain within one event
  const clearFilters = useCallback(
    () =>
      setSearch(
        (s) => {
          const next = new URLSearchParams(s);
          Object.values(FILTER_PARAMS).forEach((param) => next.delete(param));
          return next;
        },
        { replace: true, preventScrollReset: true },
      ),
    [setSearch],
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
