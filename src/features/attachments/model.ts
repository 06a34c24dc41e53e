// Photos and documents of initiatives, agenda items and plan actions: the view models of the attachment RPCs and the
// pure rules the forms check before anything is uploaded (the database checks them again).

export type AttachmentTargetKind = 'initiative' | 'agenda_item' | 'plan_action';
export type AttachmentKind = 'photo' | 'document';
export type AttachmentTarget = { kind: AttachmentTargetKind; id: string };

/** One photo or document as the RPCs return it (private.attachment_item). */
export type Attachment = {
  id: string;
  target_kind: AttachmentTargetKind;
  target_id: string;
  kind: AttachmentKind;
  /** a photo's alt text, a document's title */
  description: string;
  file_name: string | null;
  mime_type: string;
  byte_size: number;
  width: number | null;
  height: number | null;
  position: number;
  created_at: string;
  /** the Storage name of the photo (≤ 1600 px) or the document */
  file: string;
  /** the Storage name of a photo's small copy (≤ 480 px); null for a document */
  thumb: string | null;
  can_remove: boolean;
};

export type AttachmentList = { items: Attachment[]; can_add: boolean; limit: number; count: number };
/** attachments_of_targets: the attachments per target id; targets without any are missing */
export type AttachmentsByTarget = Record<string, Attachment[]>;
export type Removal = { id: string; files: string[] };

export const BUCKET = 'attachments';
export const MAX_INITIATIVE_PHOTOS = 3;

export const LIMITS = {
  /** the longest side of a stored photo and of its small copy */
  photoSide: 1600,
  thumbSide: 480,
  /** what a photo may be before the browser scales it (phones make photos of 3 to 15 MB) */
  photoInputBytes: 25 * 1024 * 1024,
  documentBytes: 10 * 1024 * 1024,
  description: [3, 250],
} as const;

/** The types a photo may be picked in: what browsers decode. HEIC and the rest are refused with a message. */
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const DOCUMENT_TYPES = ['application/pdf'] as const;

export type FileRefusal = 'photoType' | 'photoTooLarge' | 'documentType' | 'documentTooLarge' | 'empty' | 'tooMany';

/** Whether a picked file may become a photo or (if documents are allowed) a document; else why not. */
export function classifyFile(
  file: { type: string; size: number; name: string },
  allowDocuments: boolean,
): { kind: AttachmentKind } | { refused: FileRefusal } {
  const type = file.type || (/\.pdf$/i.test(file.name) ? 'application/pdf' : '');
  if (file.size === 0) return { refused: 'empty' };
  if ((PHOTO_TYPES as readonly string[]).includes(type)) {
    return file.size > LIMITS.photoInputBytes ? { refused: 'photoTooLarge' } : { kind: 'photo' };
  }
  if (allowDocuments && (DOCUMENT_TYPES as readonly string[]).includes(type)) {
    return file.size > LIMITS.documentBytes ? { refused: 'documentTooLarge' } : { kind: 'document' };
  }
  return { refused: allowDocuments ? 'documentType' : 'photoType' };
}

/** Width and height scaled to fit within `side` × `side`, never enlarged. */
export function fitWithin(width: number, height: number, side: number): { width: number; height: number } {
  const scale = Math.min(1, side / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** "1,2 MB" / "340 kB" in Dutch or English number format. */
export function formatBytes(bytes: number, language: string): string {
  const locale = language === 'en' ? 'en-GB' : 'nl-NL';
  if (bytes >= 1024 * 1024) {
    return `${(bytes / (1024 * 1024)).toLocaleString(locale, { maximumFractionDigits: 1 })} MB`;
  }
  return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString(locale)} kB`;
}

export function descriptionError(description: string): 'descriptionMissing' | 'descriptionTooLong' | null {
  const n = description.trim().length;
  if (n < LIMITS.description[0]) return 'descriptionMissing';
  if (n > LIMITS.description[1]) return 'descriptionTooLong';
  return null;
}

/** Deterministic order for a query key: the same set of ids gives the same key. */
export const sortedIds = (ids: readonly string[]): string[] => [...new Set(ids)].sort();
