import { createContext, useContext, type ReactNode } from 'react';
import type { CommentThread, DocumentDetail, Place, Theme } from '../model';

/** A map is the map feature's business: the route passes these renderers in (features never import each other). */
export type PlaceRenderers = {
  /** A small read-only map of one place. */
  renderPlace?: (place: Place, label: string) => ReactNode;
  /** Picks a point or an area inside the document's area; `value` is the current place or null. */
  renderPlacePicker?: (props: { value: Place | null; onChange: (place: Place | null) => void }) => ReactNode;
  /** The name of the wijk or dorp a place lies in, if known. */
  placeName?: (place: Place) => string | undefined;
};

export type DocumentPageContext = PlaceRenderers & {
  /** What other features show under an entry, e.g. the residents' initiatives behind it (composed by the route). */
  renderEntryExtras?: (entry: { lineage_id: string }) => ReactNode;
  detail: DocumentDetail;
  themes: Theme[];
  threads: CommentThread[] | undefined;
};

const Context = createContext<DocumentPageContext | null>(null);

export function DocumentPageProvider({ value, children }: { value: DocumentPageContext; children: ReactNode }) {
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useDocumentPage(): DocumentPageContext {
  const value = useContext(Context);
  if (!value) throw new Error('useDocumentPage outside DocumentPageProvider');
  return value;
}
