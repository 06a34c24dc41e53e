// What someone picked but did not upload yet: a photo already scaled and stripped (only that copy is kept, the
// original file is not), or a PDF document, each with the description they type.
import type { PreparedPhoto } from './image';
import type { FileRefusal } from './model';

export type PickedPhoto = {
  key: string;
  kind: 'photo';
  name: string;
  description: string;
  prepared: PreparedPhoto;
  /** an object URL of the small copy, for the preview */
  previewUrl: string | null;
};
export type PickedDocument = { key: string; kind: 'document'; name: string; description: string; file: Blob };
export type PickedItem = PickedPhoto | PickedDocument;

/** A file that was not taken, and why; shown until the next pick. */
export type Refusal = { name: string; reason: FileRefusal | 'photoUnreadable' };

/** A document's title starts as its file name without the extension. */
export const titleFromFileName = (name: string): string =>
  name
    .replace(/\.[^.]+$/, '')
    .replace(/[_-]+/g, ' ')
    .trim()
    .slice(0, 250);
