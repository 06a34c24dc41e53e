// Production: a private Supabase Realtime channel per document. Presence tracks who is here and what they edit;
// Broadcast carries the change notices. RLS on realtime.messages lets every reader of the document hear change
// notices, only its editors send them, and only participants (who may edit or comment now) track and see presence
// (migrations 20261123120000 and 20261202100500). A tab tracks only its ticket; names come from the database
// (document_presence_people), so a client cannot appear under someone else's name.
import type { RealtimeChannel } from '@supabase/supabase-js';
import { supabase } from '@/lib/supabase/client';
import type { ChangeNotice, ChannelHandlers, DocumentChannel, Me } from './channel';
import { channelTopic, newPeerKey } from './channel';
import type { EditTarget, Peer } from './presence';
import { ticketHolders, type TicketHolder } from './presence-ticket';

type Tracked = { ticket: string; editing: EditTarget | null };

/** Supabase's presence state (key → metas) as peers, named by the database through their tickets; a key with
 *  several metas is one tab re-tracked: last wins. A meta without a known ticket is nobody. */
export function peersFromPresence(
  state: Record<string, Array<Partial<Tracked>>>,
  holders: ReadonlyMap<string, TicketHolder>,
): Peer[] {
  return Object.entries(state).flatMap(([key, metas]) => {
    const meta = metas[metas.length - 1];
    const holder = meta?.ticket ? holders.get(meta.ticket) : undefined;
    if (!holder) return [];
    return [{ key, userId: holder.peerId, name: holder.name, editing: meta?.editing ?? null }];
  });
}

export function joinSupabaseChannel(documentId: string, me: Me, handlers: ChannelHandlers): DocumentChannel {
  const key = newPeerKey();
  let editing: EditTarget | null = null;
  let subscribed = false;
  const channel: RealtimeChannel = supabase.channel(channelTopic(documentId), {
    config: { private: true, presence: { key }, broadcast: { self: false } },
  });
  const holders = new Map<string, TicketHolder>();
  if (me?.ticket) holders.set(me.ticket, { peerId: me.userId, name: me.name });
  const track = () => {
    if (me?.ticket && subscribed) void channel.track({ ticket: me.ticket, editing } satisfies Tracked);
  };
  const sync = async () => {
    const state = channel.presenceState<Tracked>();
    const unknown = [
      ...new Set(Object.values(state).flatMap((metas) => metas.map((m) => m.ticket).filter((t) => !!t))),
    ].filter((t) => !holders.has(t));
    if (unknown.length > 0 && me?.ticket) {
      const found = await ticketHolders(documentId, unknown.slice(0, 200)).catch(() => new Map<string, TicketHolder>());
      for (const [ticket, holder] of found) holders.set(ticket, holder);
    }
    handlers.onPeers(peersFromPresence(channel.presenceState<Tracked>(), holders));
  };

  channel
    .on('presence', { event: 'sync' }, () => {
      // only participants receive presence at all (RLS); they resolve tickets they have not seen yet
      if (me?.ticket) void sync();
    })
    .on('broadcast', { event: 'changed' }, ({ payload }) => handlers.onChange(payload as ChangeNotice));
  // private channels send the user's JWT when joining; make sure the realtime client has the current one
  void supabase.realtime.setAuth().then(() =>
    channel.subscribe((status) => {
      subscribed = status === 'SUBSCRIBED';
      track();
    }),
  );

  return {
    setEditing(target) {
      editing = target;
      track();
    },
    notifyChanged(target) {
      const notice: ChangeNotice = { target, by: me, at: Date.now() };
      void channel.send({ type: 'broadcast', event: 'changed', payload: notice });
    },
    leave() {
      subscribed = false;
      void supabase.removeChannel(channel);
    },
  };
}
