// React side of the realtime seam: joins the document's channel while the page is open, turns every change notice
// into invalidateQueries on the keys the caller passes (lib does not know any feature's keys), and exposes presence.
import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ChangeNotice, DocumentChannel, Me } from './channel';
import { joinDocumentChannel } from './join-document-channel';
import type { EditTarget, Peer } from './presence';

export type DocumentPresence = {
  /** everyone on the document, me included (my own tabs too); see peoplePresent/editorsOf */
  peers: Peer[];
  /** the last change notice per section/entry id (who saved it); the content itself comes from the query */
  lastChanges: Record<string, ChangeNotice>;
  setEditing(target: EditTarget | null): void;
  notifyChanged(target: EditTarget | null): void;
};

type Options = { documentId: string | undefined; me: Me; queryKeys: QueryKey[] };

export function useDocumentChannel({ documentId, me, queryKeys }: Options): DocumentPresence {
  const queryClient = useQueryClient();
  const [peers, setPeers] = useState<Peer[]>([]);
  const [lastChanges, setLastChanges] = useState<Record<string, ChangeNotice>>({});
  const channel = useRef<DocumentChannel | null>(null);
  const editing = useRef<EditTarget | null>(null);
  const keys = useRef(queryKeys);
  useEffect(() => {
    keys.current = queryKeys;
  });
  const userId = me?.userId ?? null;
  const name = me?.name ?? null;

  useEffect(() => {
    if (!documentId) return;
    const who = userId && name ? { userId, name } : null;
    const joined = joinDocumentChannel(documentId, who, {
      onPeers: setPeers,
      onChange(notice) {
        for (const queryKey of keys.current) void queryClient.invalidateQueries({ queryKey });
        if (notice.target) setLastChanges((all) => ({ ...all, [notice.target!.id]: notice }));
      },
    });
    joined.setEditing(editing.current);
    channel.current = joined;
    return () => {
      joined.leave();
      channel.current = null;
      setPeers([]);
    };
  }, [documentId, userId, name, queryClient]);

  const setEditing = useCallback((target: EditTarget | null) => {
    editing.current = target;
    channel.current?.setEditing(target);
  }, []);
  const notifyChanged = useCallback((target: EditTarget | null) => channel.current?.notifyChanged(target), []);

  return { peers, lastChanges, setEditing, notifyChanged };
}
