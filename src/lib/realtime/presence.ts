// Who is on a document and what they edit: pure state and rules, shared by both channel implementations.

/** What someone has open in an editor: a section or an entry (agenda item, vision goal, plan action). */
export type EditTarget = { kind: 'section' | 'entry'; id: string };

/** One open tab of one signed-in person. `key` is unique per tab; a person with two tabs has two keys. */
export type Peer = { key: string; userId: string; name: string; editing: EditTarget | null };

/** The embedded channel hears peers by heartbeat; a peer not heard from for this long has closed its tab. */
export const HEARTBEAT_MS = 3_000;
export const PEER_TIMEOUT_MS = 10_000;

export type PresenceState = Record<string, { peer: Peer; lastSeen: number }>;

export type PresenceEvent =
  | { type: 'seen'; peer: Peer; at: number }
  | { type: 'left'; key: string }
  | { type: 'tick'; at: number };

export function presenceReducer(state: PresenceState, event: PresenceEvent): PresenceState {
  switch (event.type) {
    case 'seen':
      return { ...state, [event.peer.key]: { peer: event.peer, lastSeen: event.at } };
    case 'left': {
      if (!(event.key in state)) return state;
      const { [event.key]: _gone, ...rest } = state;
      return rest;
    }
    case 'tick': {
      const alive = Object.entries(state).filter(([, p]) => event.at - p.lastSeen <= PEER_TIMEOUT_MS);
      return alive.length === Object.keys(state).length ? state : Object.fromEntries(alive);
    }
  }
}

/** The peers in a stable order (by name, then key), so avatars do not jump around. */
export function peersOf(state: PresenceState): Peer[] {
  return Object.values(state)
    .map((p) => p.peer)
    .sort((a, b) => a.name.localeCompare(b.name, 'nl') || a.key.localeCompare(b.key));
}

/** One entry per person (several tabs of one person count once); the first tab that edits something wins. */
export function peoplePresent(peers: Peer[], myUserId: string | null): Peer[] {
  const byUser = new Map<string, Peer>();
  for (const peer of peers) {
    if (peer.userId === myUserId) continue;
    const known = byUser.get(peer.userId);
    if (!known || (!known.editing && peer.editing)) byUser.set(peer.userId, peer);
  }
  return [...byUser.values()];
}

/** Who else (not me) has this section or entry open in an editor. */
export function editorsOf(peers: Peer[], target: EditTarget, myUserId: string | null): Peer[] {
  return peoplePresent(
    peers.filter((p) => p.editing?.kind === target.kind && p.editing.id === target.id),
    myUserId,
  );
}

/** Okabe–Ito: eight colours that people with any common colour-vision deficiency tell apart. Each comes with the
 *  ink that reaches 4.5:1 on it, because the colour is never the only signal (a name is always next to it). */
export const PRESENCE_PALETTE = [
  { background: '#0072B2', ink: '#FFFFFF' },
  { background: '#E69F00', ink: '#000000' },
  { background: '#009E73', ink: '#000000' },
  { background: '#CC79A7', ink: '#000000' },
  { background: '#56B4E9', ink: '#000000' },
  { background: '#D55E00', ink: '#000000' },
  { background: '#F0E442', ink: '#000000' },
  { background: '#000000', ink: '#FFFFFF' },
] as const;

export type PresenceColour = (typeof PRESENCE_PALETTE)[number];

/** The same colour for the same person in every tab and on every screen: derived from the user id alone. */
export function colourOf(userId: string): PresenceColour {
  let hash = 0;
  for (const char of userId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return PRESENCE_PALETTE[hash % PRESENCE_PALETTE.length]!;
}

/** Initials for an avatar: "Fatima El Amrani" → "FA", "Daan" → "D". */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  const first = words[0]!.charAt(0);
  const last = words.length > 1 ? words[words.length - 1]!.charAt(0) : '';
  return (first + last).toUpperCase();
}
