import { queryOptions } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase/client';
import { unwrap } from '@/lib/supabase/unwrap';
import type { DistrictPage } from './model';

export const districtQueries = {
  all: () => ['districts'] as const,
  /** A wijk or dorp by readable slug or CBS code, with its area, councils, agendas and what is placed in it. */
  page: (slug: string) =>
    queryOptions({
      queryKey: [...districtQueries.all(), 'page', slug] as const,
      queryFn: async ({ signal }) =>
        unwrap(await supabase.rpc('district_page', { p_slug: slug }).abortSignal(signal)) as unknown as DistrictPage,
    }),
};
