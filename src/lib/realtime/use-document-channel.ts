// React side of the realtime seam: joins the document's channel while the page is open, turns every change notice
// into invalidateQueries on the keys the caller passes (lib does not know any feature's keys), and exposes presence.
import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ChangeNotice, DocumentChannel, Me } from './channel';
import { joinDocumentChannel } from './join-document-channel';
import type { EditTarget, Peer } from './presence';
import { joinPresence, type PresenceIdentity } from './presence-ticket';

export type DocumentPresence = {
  /** everyone on the document, me included (my own tabs too); see peoplePresent/editorsOf */
  peers: Peer[];
  /** the last change notice per section/entry id (who saved it); the content itself comes from the query */
  lastChanges: Record<string, ChangeNotice>;
  setEditing(target: EditTarget | null): void;
  notifyChanged(target: EditTarget | null): void;
  /** who I am on this channel (per-document pseudonym and name from the database), null when not taking part */
  me: Me;
};

/** `participant`: I may edit the document or comment on it now; only then do I show up and see presence. */
type Options = { documentId: string | undefined; participant: boolean; queryKeys: QueryKey[] };

export function useDocumentChannel({ documentId, participant, queryKeys }: Options): DocumentPresence {
  const queryClient = useQueryClient();
  const [peers, setPeers] = useState<Peer[]>([]);
  const [lastChanges, setLastChanges] = useState<Record<string, ChangeNotice>>({});
  const channel = useRef<DocumentChannel | null>(null);
  const editing = useRef<EditTarget | null>(null);
  const keys = useRef(queryKeys);
  useEffect(() => {
    keys.current = queryKeys;
  });
  // a participant first gets a presence ticket from the database; join once it is known (joining as a reader first
  // and then again would announce others leaving)
  const [ticket, setTicket] = useState<{ documentId: string; identity: PresenceIdentity | null } | null>(null);
  useEffect(() => {
    if (!documentId || !participant) return;
    let live = true;
    void joinPresence(documentId).then((identity) => {
      if (live) setTicket({ documentId, identity });
    });
    return () => {
      live = false;
    };
  }, [documentId, participant]);
  const identity = participant && ticket && ticket.documentId === documentId ? ticket.identity : null;
  const ready = documentId !== undefined && (!participant || ticket?.documentId === documentId);
  const userId = identity?.peerId ?? null;
  const name = identity?.name ?? null;
  const ticketId = identity?.ticket ?? null;

  useEffect(() => {
    if (!documentId || !ready) return;
    const who = userId && name && ticketId ? { userId, name, ticket: ticketId } : null;
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
  }, [documentId, ready, userId, name, ticketId, queryClient]);

  const setEditing = useCallback((target: EditTarget | null) => {
    editing.current = target;
    channel.current?.setEditing(target);
  }, []);
  const notifyChanged = useCallback((target: EditTarget | null) => channel.current?.notifyChanged(target), []);

  const me = useMemo(() => (userId && name ? { userId, name } : null), [userId, name]);
  return { peers, lastChanges, setEditing, notifyChanged, me };
}
