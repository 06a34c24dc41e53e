// Writing photos and documents: begin_attachment → upload the files through supabase-js's storage client →
// finish_attachment; removing: remove_attachment (hidden at once) → delete the files through Storage (so they are
// really gone from the storage backend) → purge_attachments.
import { supabase } from '@/lib/supabase/client';
import { AppError, unwrap, type AppErrorKind } from '@/lib/supabase/unwrap';
import { BUCKET, type Attachment, type AttachmentTarget, type Removal } from './model';
import type { PickedItem } from './picked';

type StorageFailure = { message: string; statusCode?: string; status?: number };
const STORAGE_KIND: Record<string, AppErrorKind> = { '403': 'forbidden', '404': 'not_found', '409': 'conflict' };

export function storageAppError(error: StorageFailure): AppError {
  const code = error.statusCode ?? String(error.status ?? '');
  return new AppError(STORAGE_KIND[code] ?? (code.startsWith('4') ? 'invalid' : 'unknown'), error.message, code, {
    cause: error,
  });
}

type Begun = Attachment & { upload: string[] };

/** One picked photo or document, uploaded and made visible; a failure takes away what got there. */
async function addOne(target: AttachmentTarget, item: PickedItem): Promise<Attachment> {
  const photo = item.kind === 'photo' ? item.prepared : null;
  const files: Blob[] = photo ? [photo.photo, photo.thumb] : [(item as Extract<PickedItem, { kind: 'document' }>).file];
  const begun = unwrap(
    await supabase.rpc('begin_attachment', {
      p_target_kind: target.kind,
      p_target_id: target.id,
      p_kind: item.kind,
      p_mime_type: photo ? 'image/jpeg' : 'application/pdf',
      p_byte_size: files[0]!.size,
      p_description: item.description.trim(),
      ...(photo ? { p_width: photo.width, p_height: photo.height } : { p_file_name: item.name }),
    }),
  ) as unknown as Begun;
  try {
    for (const [i, path] of begun.upload.entries()) {
      const { error } = await supabase.storage.from(BUCKET).upload(path, files[i]!, {
        contentType: photo ? 'image/jpeg' : 'application/pdf',
        cacheControl: '31536000', // a name is never reused for other bytes
        upsert: false,
      });
      if (error) throw storageAppError(error);
    }
    return unwrap(await supabase.rpc('finish_attachment', { p_attachment_id: begun.id })) as unknown as Attachment;
  } catch (e) {
    await removeAttachment(begun.id).catch(() => undefined);
    throw e;
  }
}

export type AddResult = { added: Attachment[]; failed: { key: string; error: Error }[] };

export async function addAttachments(target: AttachmentTarget, items: PickedItem[]): Promise<AddResult> {
  const result: AddResult = { added: [], failed: [] };
  for (const item of items) {
    try {
      result.added.push(await addOne(target, item));
    } catch (e) {
      result.failed.push({ key: item.key, error: e instanceof Error ? e : new Error(String(e)) });
    }
  }
  return result;
}

/** Deletes the files of these removals through Storage, then forgets the attachments. */
async function deleteFiles(removals: Removal[]): Promise<void> {
  const files = removals.flatMap((r) => r.files);
  for (let i = 0; i < files.length; i += 100) {
    const { error } = await supabase.storage.from(BUCKET).remove(files.slice(i, i + 100));
    if (error) throw storageAppError(error);
  }
  if (removals.length > 0) {
    unwrap(await supabase.rpc('purge_attachments', { p_attachment_ids: removals.map((r) => r.id) }));
  }
}

export async function removeAttachment(id: string): Promise<void> {
  const removal = unwrap(await supabase.rpc('remove_attachment', { p_attachment_id: id })) as unknown as Removal;
  await deleteFiles([removal]);
}

/** Finishes what the caller may finish removing; returns how many attachments went. */
export async function finishRemovals(): Promise<number> {
  const removals = unwrap(await supabase.rpc('attachment_removals')) as unknown as Removal[];
  await deleteFiles(removals);
  return removals.length;
}

/** Before deleting one's account: every photo one added to an initiative is removed, files included. */
export async function releaseMyAttachments(): Promise<void> {
  await deleteFiles(unwrap(await supabase.rpc('release_my_attachments')) as unknown as Removal[]);
}

export type ExportedAttachment = Omit<Attachment, 'can_remove' | 'thumb' | 'position'> & { data_url: string | null };

function dataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('Lezen mislukt.'));
    reader.readAsDataURL(blob);
  });
}

/** "Download my data": every photo and document I added, with the file itself as a data URL. */
export async function exportMyAttachments(): Promise<ExportedAttachment[]> {
  const mine = unwrap(await supabase.rpc('my_attachments')) as unknown as Omit<ExportedAttachment, 'data_url'>[];
  const out: ExportedAttachment[] = [];
  for (const a of mine) {
    const { data } = await supabase.storage.from(BUCKET).download(a.file);
    out.push({ ...a, data_url: data ? await dataUrl(data) : null });
  }
  return out;
}
