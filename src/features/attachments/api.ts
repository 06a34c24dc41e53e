// THE data module of photos and documents: reads through the attachment RPCs, files through supabase-js's storage
// client (Supabase Storage, or the embedded backend's Storage routes), writes in storage-files.ts.
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase/client';
import { AppError, unwrap } from '@/lib/supabase/unwrap';
import {
  BUCKET,
  sortedIds,
  type AttachmentList,
  type AttachmentsByTarget,
  type AttachmentTarget,
  type AttachmentTargetKind,
} from './model';
import { addAttachments, finishRemovals, removeAttachment, storageAppError } from './storage-files';
import type { PickedItem } from './picked';

export const attachmentQueries = {
  all: () => ['attachments'] as const,
  of: (target: AttachmentTarget) =>
    queryOptions({
      queryKey: [...attachmentQueries.all(), 'of', target.kind, target.id] as const,
      queryFn: async ({ signal }) =>
        unwrap(
          await supabase
            .rpc('attachments_of', { p_target_kind: target.kind, p_target_id: target.id })
            .abortSignal(signal),
        ) as unknown as AttachmentList,
    }),
  /** the attachments of many targets of one kind at once (a page of the list, a whole document) */
  ofTargets: (kind: AttachmentTargetKind, ids: readonly string[]) => {
    const sorted = sortedIds(ids);
    return queryOptions({
      queryKey: [...attachmentQueries.all(), 'targets', kind, sorted] as const,
      queryFn: async ({ signal }) => {
        const out: AttachmentsByTarget = {};
        for (let i = 0; i < sorted.length; i += 200) {
          const part = unwrap(
            await supabase
              .rpc('attachments_of_targets', { p_target_kind: kind, p_target_ids: sorted.slice(i, i + 200) })
              .abortSignal(signal),
          ) as unknown as AttachmentsByTarget;
          Object.assign(out, part);
        }
        return out;
      },
    });
  },
  /** a stored file: its name never changes (a new photo is a new attachment), so it is fetched once */
  file: (path: string) =>
    queryOptions({
      queryKey: [...attachmentQueries.all(), 'file', path] as const,
      queryFn: async ({ signal }) => {
        const { data, error } = await supabase.storage.from(BUCKET).download(path, {}, { signal });
        if (error) throw storageAppError(error);
        if (!data) throw new AppError('not_found', 'Bestand niet gevonden.');
        return data;
      },
      staleTime: Infinity,
      gcTime: 10 * 60_000,
    }),
};

function useInvalidateAttachments() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: attachmentQueries.all() });
}

/** Uploads the picked photos and documents one by one; the result says which failed (they stay picked). */
export function useAddAttachments() {
  const invalidate = useInvalidateAttachments();
  return useMutation({
    mutationFn: (v: { target: AttachmentTarget; items: PickedItem[] }) => addAttachments(v.target, v.items),
    onSettled: invalidate,
  });
}

export function useRemoveAttachment() {
  const invalidate = useInvalidateAttachments();
  return useMutation({ mutationFn: removeAttachment, onSettled: invalidate });
}

/** Deletes the files of attachments the caller may finish removing (after moderation or an account deletion). */
export function useFinishRemovals() {
  const invalidate = useInvalidateAttachments();
  return useMutation({ mutationFn: finishRemovals, onSettled: invalidate });
}

export { exportMyAttachments, releaseMyAttachments } from './storage-files';
