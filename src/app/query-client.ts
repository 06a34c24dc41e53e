import { QueryCache, QueryClient } from '@tanstack/react-query';
import { showToast } from '@/components/ui/toast-store';
import { i18n } from '@/i18n';
import { supabase } from '@/lib/supabase/client';
import { AppError } from '@/lib/supabase/unwrap';

/** A session the server no longer accepts (expired, or the demo data was reset): continue as a visitor. */
async function dropRejectedSession(queryClient: QueryClient) {
  await supabase.auth.signOut({ scope: 'local' });
  showToast(i18n.t('errors.sessionEnded'));
  await queryClient.invalidateQueries();
}

/** A toast only when a background refresh fails (there is data on screen already); first loads show their error in place. */
export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (error instanceof AppError && error.kind === 'unauthenticated') void dropRejectedSession(queryClient);
        else if (query.state.data !== undefined) showToast(i18n.t('errors.backgroundRefresh'));
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (count, error) => count < 1 && !(error instanceof AppError && error.kind !== 'unknown'),
      },
    },
  });
  return queryClient;
}
