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

/** No SQLSTATE, no known kind and no error code of Supabase Auth: the request never got an answer. */
function isTransient(error: unknown): boolean {
  if (error instanceof AppError) return error.kind === 'unknown' && !error.code;
  const code = error && typeof error === 'object' && 'code' in error ? error.code : undefined;
  return !code;
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
      // a write that failed without an answer from the database (network, timeout) is tried again; offline it
      // waits for the connection (networkMode 'online') and the header shows it as waiting
      mutations: {
        retry: (count, error) => count < 3 && isTransient(error),
        retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 8000),
      },
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (count, error) => count < 1 && !(error instanceof AppError && error.kind !== 'unknown'),
      },
    },
  });
  return queryClient;
}
