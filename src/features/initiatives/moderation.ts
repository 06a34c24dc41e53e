// Admin review of reported initiatives and comments (admin_moderation_queue / admin_moderate, docs/api.md).
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase/client';
import { unwrap } from '@/lib/supabase/unwrap';

export type ReportedItem = {
  target_kind: 'initiative' | 'comment';
  target_id: string;
  report_count: number;
  /** reports of confirmed accounts old enough to count towards hiding (issue 16) */
  trusted_report_count?: number;
  reasons: string[] | null;
  is_hidden: boolean;
  initiative_id: string;
  title: string;
};

export const moderationQueries = {
  queue: () =>
    queryOptions({
      queryKey: ['initiatives', 'moderation'] as const,
      queryFn: async ({ signal }) =>
        unwrap(await supabase.rpc('admin_moderation_queue').abortSignal(signal)) as unknown as ReportedItem[],
    }),
};

export function useModerate() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (v: { item: ReportedItem; decision: 'restore' | 'remove' }) =>
      unwrap(
        await supabase.rpc('admin_moderate', {
          p_target_kind: v.item.target_kind,
          p_target_id: v.item.target_id,
          p_decision: v.decision,
        }),
      ),
    onSettled: () => qc.invalidateQueries({ queryKey: ['initiatives'] }),
  });
}
