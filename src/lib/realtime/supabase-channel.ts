// Production: a private Supabase Realtime channel per document. Presence tracks who is here and what they edit;
// Broadcast carries the change notices. RLS on realtime.messages (migration 20261123120000) lets only those who
// may read the document join, and only its editors send change notices.
import type { RealtimeChannel } from '@supabase/supabase-js';
import { supabase } from '@/lib/supabase/client';
import type { ChangeNotice, ChannelHandlers, DocumentChannel, Me } from './channel';
import { channelTopic, newPeerKey } from './channel';
import type { EditTarget, Peer } from './presence';

type Tracked = Omit<Peer, 'key'>;

/** Supabase's presence state (key → metas) as peers; a key with several metas is one tab re-tracked: last wins. */
export function peersFromPresence(state: Record<string, Array<Partial<Tracked>>>): Peer[] {
  return Object.entries(state).flatMap(([key, metas]) => {
    const meta = metas[metas.length - 1];
    if (!meta?.userId || !meta.name) return [];
    return [{ key, userId: meta.userId, name: meta.name, editing: meta.editing ?? null }];
  });
}

export function joinSupabaseChannel(documentId: string, me: Me, handlers: ChannelHandlers): DocumentChannel {
  const key = newPeerKey();
  let editing: EditTarget | null = null;
  let subscribed = false;
  const channel: RealtimeChannel = supabase.channel(channelTopic(documentId), {
    config: { private: true, presence: { key }, broadcast: { self: false } },
  });
  const track = () => {
    if (me && subscribed) void channel.track({ userId: me.userId, name: me.name, editing } satisfies Tracked);
  };

  channel
    .on('presence', { event: 'sync' }, () => {
      handlers.onPeers(peersFromPresence(channel.presenceState<Tracked>()));
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
