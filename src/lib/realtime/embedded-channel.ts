// Embedded backend: the tabs of one browser profile share the database, so they share presence and change notices
// through a BroadcastChannel per document. Each tab says "here" on joining and every HEARTBEAT_MS; a tab that has
// not been heard from for PEER_TIMEOUT_MS (closed, crashed, asleep) drops out; a tab that closes normally says "bye".
// A write committed by another tab is a change notice without a target at once (commit-notices.ts); the saver's own
// notice, with who and what, follows once the write is in IndexedDB.
import type { ChangeNotice, ChannelHandlers, DocumentChannel, Me } from './channel';
import { channelTopic, newPeerKey } from './channel';
import { onCommitElsewhere } from './commit-notices';
import {
  HEARTBEAT_MS,
  peersOf,
  presenceReducer,
  type EditTarget,
  type Peer,
  type PresenceEvent,
  type PresenceState,
} from './presence';

type Message =
  | { t: 'ask' }
  | { t: 'here'; peer: Peer }
  | { t: 'bye'; key: string }
  | { t: 'changed'; notice: ChangeNotice };

type Port = Pick<BroadcastChannel, 'postMessage' | 'close'> & {
  onmessage: ((event: MessageEvent) => void) | null;
};

export type EmbeddedChannelOptions = {
  open?: (name: string) => Port;
  now?: () => number;
  /** subscribes to writes committed in other tabs; returns the unsubscribe */
  commits?: (listener: () => void) => () => void;
};

export function joinEmbeddedChannel(
  documentId: string,
  me: Me,
  handlers: ChannelHandlers,
  {
    open = (name) => new BroadcastChannel(name),
    now = Date.now,
    commits = onCommitElsewhere,
  }: EmbeddedChannelOptions = {},
): DocumentChannel {
  const port = open(`agendakaart:${channelTopic(documentId)}`);
  const self: Peer | null = me ? { key: newPeerKey(), userId: me.userId, name: me.name, editing: null } : null;
  let state: PresenceState = {};
  let closed = false;

  const dispatch = (event: PresenceEvent) => {
    const next = presenceReducer(state, event);
    if (next === state) return;
    const before = peersOf(state);
    state = next;
    const after = peersOf(state);
    if (JSON.stringify(before) !== JSON.stringify(after)) handlers.onPeers(withSelf(after));
  };
  const withSelf = (others: Peer[]) => (self ? [{ ...self }, ...others] : others);
  const post = (message: Message) => {
    if (!closed) port.postMessage(message);
  };
  const announce = () => {
    if (self) post({ t: 'here', peer: self });
  };

  port.onmessage = (event: MessageEvent) => {
    const message = event.data as Message;
    switch (message.t) {
      case 'ask':
        announce();
        break;
      case 'here':
        // presence is for participants only: a reader who may not take part does not see who is here
        if (self) dispatch({ type: 'seen', peer: message.peer, at: now() });
        break;
      case 'bye':
        dispatch({ type: 'left', key: message.key });
        break;
      case 'changed':
        handlers.onChange(message.notice);
        break;
    }
  };

  const stopHearingCommits = commits(() => {
    if (!closed) handlers.onChange({ target: null, by: null, at: now() });
  });

  const heartbeat = setInterval(() => {
    announce();
    dispatch({ type: 'tick', at: now() });
  }, HEARTBEAT_MS);
  const sayBye = () => {
    if (self) post({ t: 'bye', key: self.key });
  };
  globalThis.addEventListener?.('pagehide', sayBye);

  handlers.onPeers(withSelf([]));
  post({ t: 'ask' });
  announce();

  return {
    setEditing(target: EditTarget | null) {
      if (!self || sameTarget(self.editing, target)) return;
      self.editing = target;
      handlers.onPeers(withSelf(peersOf(state)));
      announce();
    },
    notifyChanged(target: EditTarget | null) {
      post({ t: 'changed', notice: { target, by: me, at: now() } });
    },
    leave() {
      sayBye();
      closed = true;
      stopHearingCommits();
      clearInterval(heartbeat);
      globalThis.removeEventListener?.('pagehide', sayBye);
      port.onmessage = null;
      port.close();
    },
  };
}

function sameTarget(a: EditTarget | null, b: EditTarget | null): boolean {
  return a?.kind === b?.kind && a?.id === b?.id;
}
