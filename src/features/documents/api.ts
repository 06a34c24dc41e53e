import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { EditTarget } from '@/lib/realtime/presence';
import { useCoEditing } from '@/lib/realtime/presence-context';
import type { Database } from '@/lib/supabase/database.types';
import { supabase } from '@/lib/supabase/client';
import { unwrap } from '@/lib/supabase/unwrap';
import type { ActionStatus, DocumentComments, DocumentDetail, DocumentStatus } from './model';
import { themesQuery } from '@/lib/themes';

type Args<F extends keyof Database['public']['Functions']> = Database['public']['Functions'][F]['Args'];
export type EntryFields = Omit<Args<'upsert_entry'>, 'p_section_id' | 'p_entry_id' | 'p_version' | 'p_position'>;

/** Threads per call after the first 100 (the server's maximum). */
const COMMENT_PAGE = 200;

export const documentQueries = {
  all: () => ['documents'] as const,
  detail: (slug: string, versionNo?: number) =>
    queryOptions({
      queryKey: [...documentQueries.all(), 'detail', slug, { versionNo: versionNo ?? null }] as const,
      queryFn: async ({ signal }) =>
        unwrap(
          await supabase
            .rpc('document_by_slug', { p_slug: slug, ...(versionNo ? { p_version_no: versionNo } : {}) })
            .abortSignal(signal),
        ) as unknown as DocumentDetail,
    }),
  comments: (documentId: string) =>
    queryOptions({
      queryKey: [...documentQueries.all(), 'comments', documentId] as const,
      queryFn: async ({ signal }) => {
        const first = unwrap(
          await supabase.rpc('document_comments', { p_document_id: documentId }).abortSignal(signal),
        ) as unknown as DocumentComments;
        // one call answers at most a page of threads (issue 16); the page shows every published comment
        const threads = [...first.threads];
        for (let more = first.has_more === true; more; ) {
          const page = unwrap(
            await supabase
              .rpc('document_comments_page', {
                p_document_id: documentId,
                p_limit: COMMENT_PAGE,
                p_offset: threads.length,
              })
              .abortSignal(signal),
          ) as unknown as DocumentComments;
          threads.push(...page.threads);
          more = page.has_more === true && page.threads.length > 0;
        }
        return { ...first, threads, has_more: false };
      },
    }),
  themes: themesQuery,
};

/** Every write changes what the page shows (entries, counts, versions): refetch all document data afterwards,
 *  and tell the others on the document's realtime channel (issue 5) which section or entry changed. */
function useDocumentMutation<V, R = unknown>(write: (v: V) => Promise<R>, targetOf?: (v: V) => EditTarget | null) {
  const qc = useQueryClient();
  const coEditing = useCoEditing();
  return useMutation({
    mutationFn: write,
    onSuccess: (_data, v) => coEditing?.notifyChanged(targetOf?.(v) ?? null),
    onSettled: () => qc.invalidateQueries({ queryKey: documentQueries.all() }),
  });
}

const sectionTarget = (id: string | null | undefined): EditTarget | null => (id ? { kind: 'section', id } : null);
const entryTarget = (id: string | null | undefined): EditTarget | null => (id ? { kind: 'entry', id } : null);

export const useUpsertSection = () =>
  useDocumentMutation(
    async (v: Args<'upsert_section'>) => unwrap(await supabase.rpc('upsert_section', v)),
    (v) => sectionTarget(v.p_section_id),
  );

export const useMoveSection = () =>
  useDocumentMutation(async (v: { sectionId: string; version: number; position: number }) =>
    unwrap(
      await supabase.rpc('move_section', { p_section_id: v.sectionId, p_version: v.version, p_position: v.position }),
    ),
  );

export const useDeleteSection = () =>
  useDocumentMutation(async (v: { sectionId: string; version: number }) =>
    unwrap(await supabase.rpc('delete_section', { p_section_id: v.sectionId, p_version: v.version })),
  );

export const useUpsertEntry = () =>
  useDocumentMutation(
    async (v: { sectionId: string; entryId?: string; version?: number; fields: EntryFields }) =>
      unwrap(
        await supabase.rpc('upsert_entry', {
          ...v.fields,
          p_section_id: v.sectionId,
          ...(v.entryId ? { p_entry_id: v.entryId, p_version: v.version } : {}),
        }),
      ),
    (v) => entryTarget(v.entryId),
  );

export const useMoveEntry = () =>
  useDocumentMutation(async (v: { entryId: string; version: number; sectionId: string; position: number }) =>
    unwrap(
      await supabase.rpc('move_entry', {
        p_entry_id: v.entryId,
        p_version: v.version,
        p_section_id: v.sectionId,
        p_position: v.position,
      }),
    ),
  );

export const useDeleteEntry = () =>
  useDocumentMutation(async (v: { entryId: string; version: number }) =>
    unwrap(await supabase.rpc('delete_entry', { p_entry_id: v.entryId, p_version: v.version })),
  );

export const useSetDocumentStatus = () =>
  useDocumentMutation(async (v: { documentId: string; version: number; status: DocumentStatus }) =>
    unwrap(
      await supabase.rpc('set_document_status', {
        p_document_id: v.documentId,
        p_version: v.version,
        p_status: v.status,
      }),
    ),
  );

export const useSetCommentsOpen = () =>
  useDocumentMutation(async (v: { documentId: string; version: number; open: boolean }) =>
    unwrap(
      await supabase.rpc('set_comments_open', { p_document_id: v.documentId, p_version: v.version, p_open: v.open }),
    ),
  );

export const useStartRevision = () =>
  useDocumentMutation(
    async (v: { documentId: string }) =>
      unwrap(await supabase.rpc('start_revision', { p_document_id: v.documentId })) as unknown as {
        version_no: number;
      },
  );

export const useAddComment = () =>
  useDocumentMutation(
    async (v: { documentId: string; body: string; entryId?: string; parentId?: string; official?: boolean }) =>
      unwrap(
        await supabase.rpc('add_comment', {
          p_document_id: v.documentId,
          p_body: v.body,
          ...(v.entryId ? { p_entry_id: v.entryId } : {}),
          ...(v.parentId ? { p_parent_id: v.parentId } : {}),
          p_is_official_response: v.official ?? false,
        }),
      ),
  );

export const useUpdateComment = () =>
  useDocumentMutation(async (v: { commentId: string; body: string }) =>
    unwrap(await supabase.rpc('update_comment', { p_comment_id: v.commentId, p_body: v.body })),
  );

export const useDeleteComment = () =>
  useDocumentMutation(async (v: { commentId: string }) =>
    unwrap(await supabase.rpc('delete_comment', { p_comment_id: v.commentId })),
  );

export const useUpdateActionProgress = () =>
  useDocumentMutation(
    async (v: { entryId: string; version: number; status: ActionStatus; progress: number }) =>
      unwrap(
        await supabase.rpc('update_action_progress', {
          p_entry_id: v.entryId,
          p_version: v.version,
          p_action_status: v.status,
          p_progress: v.progress,
        }),
      ),
    (v) => entryTarget(v.entryId),
  );
