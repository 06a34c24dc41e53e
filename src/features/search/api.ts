import { queryOptions } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase/client';
import { unwrap } from '@/lib/supabase/unwrap';
import type { SearchAnswer, SearchParams } from './model';

/** How much to ask: results per kind, from which result, and (for the header box) only the best few kinds. */
export type SearchPage = { limit: number; offset?: number; groups?: number };

export const searchQueries = {
  all: () => ['search'] as const,
  /** One call per query and filters; typing a new letter makes a new key, and React Query cancels the old request
   *  (its abort signal goes to the RPC) once nothing observes it any more. */
  results: (params: SearchParams, page: SearchPage) =>
    queryOptions({
      queryKey: [...searchQueries.all(), 'results', params, page] as const,
      queryFn: async ({ signal }) =>
        unwrap(
          await supabase
            .rpc('search', {
              p_query: params.q,
              p_kinds: params.kind ? [params.kind] : undefined,
              p_area_id: params.areaId ?? undefined,
              p_statuses: params.status ? [params.status] : undefined,
              p_limit: page.limit,
              p_offset: page.offset ?? 0,
              p_groups: page.groups,
            })
            .abortSignal(signal),
        ) as unknown as SearchAnswer,
      enabled: params.q.trim().length > 0,
      staleTime: 30_000,
    }),
};
