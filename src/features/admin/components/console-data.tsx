import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { adminQueries } from '../api';
import type { AdminConsole } from '../model';

type ConsoleDataProps = { loadingLabel: string; children: (data: AdminConsole) => ReactNode };

/** The console's areas, wijken, councils, themes and documents for a screen: a loading text that says what is
 *  loading, the error with a retry, then the screen. */
export function ConsoleData({ loadingLabel, children }: ConsoleDataProps) {
  const query = useQuery(adminQueries.console());
  if (query.isPending) return <Skeleton label={loadingLabel} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return <>{children(query.data)}</>;
}
