import { queryOptions } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase/client';
import { unwrap } from '@/lib/supabase/unwrap';
import type { AreaFigures, Catalog, DistrictFigures, IndicatorMap } from './model';

/** Figures change only with a migration: keep them for a while. */
const FIGURES_STALE = 10 * 60_000;

export const indicatorQueries = {
  all: () => ['indicators'] as const,
  /** The catalog: every indicator with its years and sources. */
  catalog: () =>
    queryOptions({
      queryKey: [...indicatorQueries.all(), 'catalog'] as const,
      queryFn: async ({ signal }) =>
        unwrap(await supabase.rpc('list_indicators').abortSignal(signal)) as unknown as Catalog,
      staleTime: FIGURES_STALE,
    }),
  /** One indicator for every wijk in one year (the newest when not given). */
  map: (key: string, year?: number) =>
    queryOptions({
      queryKey: [...indicatorQueries.all(), 'map', key, { year: year ?? null }] as const,
      queryFn: async ({ signal }) =>
        unwrap(
          await supabase.rpc('indicator_map', { p_key: key, ...(year ? { p_year: year } : {}) }).abortSignal(signal),
        ) as unknown as IndicatorMap,
      staleTime: FIGURES_STALE,
    }),
  /** The key figures of an area against the city, and per wijk. */
  area: (areaId: string) =>
    queryOptions({
      queryKey: [...indicatorQueries.all(), 'area', areaId] as const,
      queryFn: async ({ signal }) =>
        unwrap(await supabase.rpc('area_figures', { p_area_id: areaId }).abortSignal(signal)) as unknown as AreaFigures,
      staleTime: FIGURES_STALE,
    }),
  /** The key figures of one wijk or dorp against the city. */
  district: (districtId: string) =>
    queryOptions({
      queryKey: [...indicatorQueries.all(), 'district', districtId] as const,
      queryFn: async ({ signal }) =>
        unwrap(
          await supabase.rpc('district_figures', { p_district_id: districtId }).abortSignal(signal),
        ) as unknown as DistrictFigures,
      staleTime: FIGURES_STALE,
    }),
};
