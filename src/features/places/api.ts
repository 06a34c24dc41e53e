import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase/client';
import { unwrap } from '@/lib/supabase/unwrap';
import type { PlaceCollection, rpcArgs } from './model';
import { themesQuery } from '@/lib/themes';

type EntriesArgs = ReturnType<typeof rpcArgs>;

export const placeQueries = {
  all: () => ['places'] as const,
  /** Everything with a place, filtered (map_entries); the map and the list share this cache entry. */
  entries: (args: EntriesArgs) =>
    queryOptions({
      queryKey: [...placeQueries.all(), 'entries', args] as const,
      queryFn: async ({ signal }) =>
        unwrap(await supabase.rpc('map_entries', args).abortSignal(signal)) as unknown as PlaceCollection,
      // while a new filter loads, the list and the markers keep showing the previous result
      placeholderData: keepPreviousData,
    }),
  themes: themesQuery,
};
