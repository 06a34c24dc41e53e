import { QueryCache, QueryClient } from '@tanstack/react-query';
import { showToast } from '@/components/ui/toast-store';
import { i18n } from '@/i18n';

/** A toast only when a background refresh fails (there is data on screen already); first loads show their error in place. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (_error, query) => {
        if (query.state.data !== undefined) showToast(i18n.t('errors.backgroundRefresh'));
      },
    }),
    defaultOptions: { queries: { staleTime: 30_000, retry: 1, refetchOnWindowFocus: false } },
  });
}
