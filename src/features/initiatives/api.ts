import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase/client';
import { unwrap } from '@/lib/supabase/unwrap';
import {
  proposalArgs,
  type InitiativeChain,
  type InitiativeComment,
  type InitiativeDetail,
  type InitiativeMarker,
  type InitiativePage,
  type InitiativeStatus,
  type InitiativeSummary,
  type NotificationList,
  type ProposalValues,
  type TriageOptions,
} from './model';
import { themesQuery } from '@/lib/themes';

type FilterArgs = { p_statuses?: string[]; p_theme_ids?: string[]; p_area_id?: string };

export const PAGE_SIZE = 25;

export const initiativeQueries = {
  all: () => ['initiatives'] as const,
  themes: themesQuery,
  map: (args: FilterArgs) =>
    queryOptions({
      queryKey: [...initiativeQueries.all(), 'map', args] as const,
      queryFn: async ({ signal }) =>
        unwrap(await supabase.rpc('map_initiatives', args).abortSignal(signal)) as unknown as InitiativeMarker[],
    }),
  list: (args: FilterArgs, page: number) =>
    queryOptions({
      queryKey: [...initiativeQueries.all(), 'list', args, page] as const,
      queryFn: async ({ signal }) =>
        unwrap(
          await supabase
            .rpc('list_initiatives', { ...args, p_limit: PAGE_SIZE, p_offset: page * PAGE_SIZE })
            .abortSignal(signal),
        ) as unknown as InitiativePage,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...initiativeQueries.all(), 'detail', id] as const,
      queryFn: async ({ signal }) =>
        unwrap(
          await supabase.rpc('initiative_detail', { p_initiative_id: id }).abortSignal(signal),
        ) as unknown as InitiativeDetail,
    }),
  chain: (id: string) =>
    queryOptions({
      queryKey: [...initiativeQueries.all(), 'chain', id] as const,
      queryFn: async ({ signal }) =>
        unwrap(
          await supabase.rpc('initiative_chain', { p_initiative_id: id }).abortSignal(signal),
        ) as unknown as InitiativeChain,
    }),
  behindEntry: (lineageId: string) =>
    queryOptions({
      queryKey: [...initiativeQueries.all(), 'behind-entry', lineageId] as const,
      queryFn: async ({ signal }) =>
        unwrap(
          await supabase.rpc('entry_initiatives', { p_lineage_id: lineageId }).abortSignal(signal),
        ) as unknown as InitiativeSummary[],
    }),
  triageOptions: (id: string) =>
    queryOptions({
      queryKey: [...initiativeQueries.all(), 'triage-options', id] as const,
      queryFn: async ({ signal }) =>
        unwrap(
          await supabase.rpc('triage_options', { p_initiative_id: id }).abortSignal(signal),
        ) as unknown as TriageOptions,
    }),
  notifications: () =>
    queryOptions({
      queryKey: [...initiativeQueries.all(), 'notifications'] as const,
      queryFn: async ({ signal }) =>
        unwrap(await supabase.rpc('my_notifications').abortSignal(signal)) as unknown as NotificationList,
      refetchInterval: 60_000,
    }),
};

function useInvalidateInitiatives() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: initiativeQueries.all() });
}

export function useProposeInitiative() {
  const invalidate = useInvalidateInitiatives();
  return useMutation({
    mutationFn: async (v: ProposalValues) =>
      unwrap(await supabase.rpc('propose_initiative', proposalArgs(v))) as unknown as InitiativeSummary,
    onSettled: invalidate,
  });
}

export function useToggleSupport(id: string) {
  const invalidate = useInvalidateInitiatives();
  return useMutation({
    mutationFn: async (support: boolean) =>
      unwrap(await supabase.rpc(support ? 'support_initiative' : 'withdraw_support', { p_initiative_id: id })),
    onSettled: invalidate,
  });
}

export function useCommentOnInitiative(id: string) {
  const invalidate = useInvalidateInitiatives();
  return useMutation({
    mutationFn: async (body: string) =>
      unwrap(
        await supabase.rpc('comment_on_initiative', { p_initiative_id: id, p_body: body }),
      ) as unknown as InitiativeComment,
    onSettled: invalidate,
  });
}

export function useReportAbuse() {
  const invalidate = useInvalidateInitiatives();
  return useMutation({
    mutationFn: async (v: { kind: 'initiative' | 'comment'; targetId: string; reason: string }) =>
      unwrap(
        await supabase.rpc('report_abuse', { p_target_kind: v.kind, p_target_id: v.targetId, p_reason: v.reason }),
      ),
    onSettled: invalidate,
  });
}

export type StatusChangeValues = {
  status: InitiativeStatus;
  explanation: string;
  agendaItemLineageId?: string;
  planActionLineageId?: string;
};

export function useSetInitiativeStatus(id: string) {
  const invalidate = useInvalidateInitiatives();
  return useMutation({
    mutationFn: async (v: StatusChangeValues & { version: number }) =>
      unwrap(
        await supabase.rpc('set_initiative_status', {
          p_initiative_id: id,
          p_version: v.version,
          p_status: v.status,
          p_explanation: v.explanation,
          ...(v.agendaItemLineageId ? { p_agenda_item_lineage_id: v.agendaItemLineageId } : {}),
          ...(v.planActionLineageId ? { p_plan_action_lineage_id: v.planActionLineageId } : {}),
        }),
      ),
    onSettled: invalidate,
  });
}

export function useMarkNotificationsRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (ids?: string[]) =>
      unwrap(await supabase.rpc('mark_notifications_read', ids ? { p_ids: ids } : {})),
    onSettled: () => qc.invalidateQueries({ queryKey: initiativeQueries.notifications().queryKey }),
  });
}

export async function exportMyData(): Promise<unknown> {
  return unwrap(await supabase.rpc('export_my_data'));
}

export function useDeleteMyAccount() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (confirmation: string) => {
      unwrap(await supabase.rpc('delete_my_account', { p_confirmation: confirmation }));
      await supabase.auth.signOut({ scope: 'local' });
    },
    onSuccess: () => qc.invalidateQueries(),
  });
}
