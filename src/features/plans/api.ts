import { queryOptions } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase/client';
import { unwrap } from '@/lib/supabase/unwrap';
import type { PlanDocument, PlanProgress } from './model';

export const planQueries = {
  all: () => ['plans'] as const,
  /** A plan (its newest visible version) with its sections and actions. */
  document: (slug: string) =>
    queryOptions({
      queryKey: [...planQueries.all(), 'document', slug] as const,
      queryFn: async ({ signal }) =>
        unwrap(await supabase.rpc('document_by_slug', { p_slug: slug }).abortSignal(signal)) as unknown as PlanDocument,
    }),
  /** Progress rolled up per plan, per area and per theme; for one area, or for all areas. */
  progress: (areaId?: string) =>
    queryOptions({
      queryKey: [...planQueries.all(), 'progress', areaId ?? 'all'] as const,
      queryFn: async ({ signal }) =>
        unwrap(
          await supabase.rpc('plan_progress', areaId ? { p_area_id: areaId } : {}).abortSignal(signal),
        ) as unknown as PlanProgress,
    }),
};
