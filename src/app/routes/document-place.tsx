import type { DocumentDetail } from '@/features/documents/model';
import type { PlaceRenderers } from '@/features/documents/components/document-context';

/** The map parts of the document page come from the map feature; composed here. */
export function placeRenderers(_detail: DocumentDetail): PlaceRenderers {
  return {};
}
