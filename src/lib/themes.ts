// The themes (list_themes) are one list for every feature: one query and one cache entry, so a page that shows
// documents, places and initiatives asks for them once, and a document's save does not fetch them again.
import { queryOptions } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase/client';
import { unwrap } from '@/lib/supabase/unwrap';

export type Theme = { id: string; slug: string; name_nl: string; name_en: string };

export const themesQuery = () =>
  queryOptions({
    queryKey: ['themes'] as const,
    queryFn: async ({ signal }) => unwrap(await supabase.rpc('list_themes').abortSignal(signal)) as unknown as Theme[],
    staleTime: 10 * 60_000,
  });
