import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase/client';
import { unwrap } from '@/lib/supabase/unwrap';
import {
  moved,
  roleArgs,
  toDocumentArgs,
  type AdminConsole,
  type AdminDistrict,
  type AdminUser,
  type AreaValues,
  type CouncilValues,
  type DocumentKind,
  type DocumentValues,
  type GrantValues,
  type Invitation,
  type InviteValues,
  type ThemeValues,
} from './model';

export const USER_SEARCH_LIMIT = 50;

export const adminQueries = {
  all: () => ['admin'] as const,
  console: () =>
    queryOptions({
      queryKey: [...adminQueries.all(), 'console'] as const,
      queryFn: async ({ signal }) =>
        unwrap(await supabase.rpc('admin_console').abortSignal(signal)) as unknown as AdminConsole,
    }),
  users: (query: string) =>
    queryOptions({
      queryKey: [...adminQueries.all(), 'users', query] as const,
      queryFn: async ({ signal }) =>
        unwrap(
          await supabase
            .rpc('admin_search_users', { p_query: query || undefined, p_limit: USER_SEARCH_LIMIT })
            .abortSignal(signal),
        ) as unknown as AdminUser[],
      // while a new search runs, the previous results stay (marked as updating) instead of a blank table
      placeholderData: keepPreviousData,
    }),
  invitations: () =>
    queryOptions({
      queryKey: [...adminQueries.all(), 'invitations'] as const,
      queryFn: async ({ signal }) =>
        unwrap(await supabase.rpc('admin_list_invitations').abortSignal(signal)) as unknown as Invitation[],
    }),
};

/** An admin change alters what every page reads (roles, areas, councils, themes, the map): everything cached is
 *  stale afterwards, and what is on screen is fetched again. */
function useAdminMutation<V, R>(mutationFn: (v: V) => Promise<R>, onSuccess?: (result: R, v: V) => void) {
  const qc = useQueryClient();
  return useMutation({ mutationFn, onSuccess, onSettled: () => qc.invalidateQueries() });
}

export const useGrantMembership = () =>
  useAdminMutation(async (v: GrantValues & { userId: string }) =>
    unwrap(await supabase.rpc('admin_grant_membership', { p_user_id: v.userId, ...roleArgs(v) })),
  );

export const useRevokeMembership = () =>
  useAdminMutation(async (membershipId: string) =>
    unwrap(await supabase.rpc('admin_revoke_membership', { p_membership_id: membershipId })),
  );

export const useInvite = () =>
  useAdminMutation(
    async (v: InviteValues) =>
      unwrap(await supabase.rpc('admin_invite', { p_email: v.email.trim(), ...roleArgs(v) })) as unknown as Invitation,
  );

export const useWithdrawInvitation = () =>
  useAdminMutation(
    async (invitationId: string) =>
      unwrap(
        await supabase.rpc('admin_withdraw_invitation', { p_invitation_id: invitationId }),
      ) as unknown as Invitation,
  );

export const useSaveArea = (onSaved?: () => void) =>
  useAdminMutation(
    async (v: AreaValues & { areaId: string }) =>
      unwrap(
        await supabase.rpc('admin_save_area', {
          p_area_id: v.areaId,
          p_name: v.name.trim(),
          p_color_index: Number(v.colorIndex),
          p_description: v.description,
          p_name_confirmed: v.nameConfirmed,
        }),
      ),
    onSaved,
  );

export const useSaveCouncil = () =>
  useAdminMutation(
    async (v: CouncilValues & { councilId: string | null }) =>
      unwrap(
        await supabase.rpc('admin_save_council', {
          // a new council: no id (null on the server)
          p_id: v.councilId as string,
          p_name: v.name.trim(),
          p_kind: v.kind,
          p_area_id: v.areaId,
          p_website_url: v.websiteUrl.trim(),
          p_district_ids: v.districtIds,
        }),
      ) as unknown as { id: string },
  );

export const useUpsertTheme = () =>
  useAdminMutation(async (v: ThemeValues & { themeId: string | null; sortOrder: number }) =>
    unwrap(
      await supabase.rpc('admin_upsert_theme', {
        p_id: v.themeId as string,
        p_slug: v.slug.trim(),
        p_name_nl: v.nameNl.trim(),
        p_name_en: v.nameEn.trim(),
        p_sort_order: v.sortOrder,
      }),
    ),
  );

export const useCreateDocument = () =>
  useAdminMutation(
    async (v: DocumentValues) =>
      unwrap(await supabase.rpc('create_document', toDocumentArgs(v))) as unknown as {
        id: string;
        slug: string;
        title: string;
        kind: DocumentKind;
      },
  );

/** Moves a theme up or down at once (the list is reordered in the cache), back again if the server refuses. */
export function useMoveTheme() {
  const qc = useQueryClient();
  const { queryKey } = adminQueries.console();
  return useMutation({
    mutationFn: async (ids: string[]) => unwrap(await supabase.rpc('admin_reorder_themes', { p_theme_ids: ids })),
    onMutate: async (ids) => {
      await qc.cancelQueries({ queryKey });
      const before = qc.getQueryData(queryKey);
      qc.setQueryData(queryKey, (old) => {
        if (!old) return old;
        const byId = new Map(old.themes.map((th) => [th.id, th]));
        const themes = ids.flatMap((id, i) => {
          const th = byId.get(id);
          return th ? [{ ...th, sort_order: i }] : [];
        });
        return { ...old, themes };
      });
      return { before };
    },
    onError: (_e, _ids, context) => qc.setQueryData(queryKey, context?.before),
    onSettled: () => qc.invalidateQueries(),
  });
}

/** The theme ids in order after moving the one at `index` by `delta`. */
export const themeOrder = (c: AdminConsole, index: number, delta: number) =>
  moved(
    c.themes.map((th) => th.id),
    index,
    delta,
  );

/** Moves a wijk to another area; the console's list shows it at once, `onMoved` lets the page update its map. */
export function useSetDistrictArea(onMoved?: (district: AdminDistrict) => void) {
  const qc = useQueryClient();
  const { queryKey } = adminQueries.console();
  return useMutation({
    mutationFn: async (v: { districtId: string; areaId: string }) =>
      unwrap(
        await supabase.rpc('admin_set_district_area', { p_district_id: v.districtId, p_area_id: v.areaId }),
      ) as unknown as AdminDistrict,
    onMutate: async (v) => {
      await qc.cancelQueries({ queryKey });
      const before = qc.getQueryData(queryKey);
      qc.setQueryData(queryKey, (old) =>
        old
          ? { ...old, districts: old.districts.map((d) => (d.id === v.districtId ? { ...d, area_id: v.areaId } : d)) }
          : old,
      );
      return { before };
    },
    onSuccess: (district) => onMoved?.(district),
    onError: (_e, _v, context) => qc.setQueryData(queryKey, context?.before),
    onSettled: () => qc.invalidateQueries(),
  });
}
