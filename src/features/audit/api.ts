import { infiniteQueryOptions } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase/client';
import { unwrap } from '@/lib/supabase/unwrap';
import { AUDIT_PAGE_SIZE, type AuditKind, type AuditPage } from './model';

export const auditQueries = {
  all: () => ['audit'] as const,
  feed: (kind: AuditKind | null) =>
    infiniteQueryOptions({
      queryKey: [...auditQueries.all(), 'feed', kind ?? 'all'] as const,
      initialPageParam: 0,
      queryFn: async ({ pageParam, signal }) =>
        unwrap(
          await supabase
            .rpc('admin_audit_log', { p_kind: kind ?? undefined, p_limit: AUDIT_PAGE_SIZE, p_offset: pageParam })
            .abortSignal(signal),
        ) as unknown as AuditPage,
      getNextPageParam: (last) => (last.has_more ? last.offset + last.limit : undefined),
    }),
};
