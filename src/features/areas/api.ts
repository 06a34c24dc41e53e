import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase/client';
import { unwrap } from '@/lib/supabase/unwrap';
import type { AreaDetail, MapOverview } from './model';
import { keepOverview, lastOverview } from './overview-cache';

export const areaQueries = {
  all: () => ['areas'] as const,
  overview: () =>
    queryOptions({
      queryKey: [...areaQueries.all(), 'overview'] as const,
      queryFn: async ({ signal }) => {
        const overview = unwrap(await supabase.rpc('map_overview').abortSignal(signal)) as unknown as MapOverview;
        keepOverview(overview);
        return overview;
      },
      staleTime: 5 * 60_000,
      // the last visit's copy draws the map at once; dated 0, so it is stale and fetched again right away
      initialData: lastOverview,
      initialDataUpdatedAt: 0,
    }),
  detail: (slug: string) =>
    queryOptions({
      queryKey: [...areaQueries.all(), 'detail', slug] as const,
      queryFn: async ({ signal }) =>
        unwrap(await supabase.rpc('area_page', { p_slug: slug }).abortSignal(signal)) as unknown as AreaDetail,
    }),
};

export function useUpdateAreaDescription(slug: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (v: { areaId: string; description: string }) =>
      unwrap(await supabase.rpc('update_area', { p_area_id: v.areaId, p_description: v.description })),
    onSettled: () => qc.invalidateQueries({ queryKey: areaQueries.detail(slug).queryKey }),
  });
}
