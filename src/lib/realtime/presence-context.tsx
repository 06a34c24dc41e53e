// Hands the document channel of a page down to the editors inside it. The route joins the channel
// (useDocumentChannel) and provides it; components read it through these hooks and work unchanged without it
// (a test rendering one editor alone, a page without realtime).
import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { editorsOf, type EditTarget, type Peer } from './presence';
import type { DocumentPresence } from './use-document-channel';

export type CoEditing = DocumentPresence & {
  documentId: string;
  me: { userId: string; name: string } | null;
  /** the signed-in account, known at once (no presence ticket needed): whose local drafts these are (lib/drafts) */
  draftOwner: string | null;
};

const Context = createContext<CoEditing | null>(null);

export function CoEditingProvider({ value, children }: { value: CoEditing; children: ReactNode }) {
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useCoEditing(): CoEditing | null {
  return useContext(Context);
}

/** Tells the others what I have open in an editor while `target` is set; clears it when the editor closes. */
export function useAnnounceEditing(target: EditTarget | null): void {
  const setEditing = useContext(Context)?.setEditing;
  const kind = target?.kind;
  const id = target?.id;
  useEffect(() => {
    if (!setEditing || !kind || !id) return;
    setEditing({ kind, id });
    return () => setEditing(null);
  }, [setEditing, kind, id]);
}

/** The other people who have this section or entry open in an editor right now. */
export function useEditorsOf(target: EditTarget): Peer[] {
  const coEditing = useContext(Context);
  if (!coEditing) return [];
  return editorsOf(coEditing.peers, target, coEditing.me?.userId ?? null);
}

/** Call after a successful save so the others refetch at once. */
export function useNotifyChanged(): (target: EditTarget | null) => void {
  const notify = useContext(Context)?.notifyChanged;
  return notify ?? noop;
}

const noop = () => undefined;
