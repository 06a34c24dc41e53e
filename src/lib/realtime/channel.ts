// The realtime seam (DESIGN.md §3): one channel per open document, with presence and change notices.
// Supabase Realtime (Broadcast + Presence on a private channel) in production, BroadcastChannel across tabs in the
// embedded backend. A change notice only says "this changed, refetch"; it never carries document content.
import type { EditTarget, Peer } from './presence';

/** Who I am on the channel; null for a reader who may not take part, who hears changes but neither shows up in
 *  presence nor sees it. `userId` is the per-document pseudonym and `ticket` the presence ticket from the database
 *  (presence-ticket.ts), never the account id. */
export type Me = { userId: string; name: string; ticket?: string } | null;

/** Sent after a successful save. `target` tells others which section or entry changed, `by` who saved it. */
export type ChangeNotice = { target: EditTarget | null; by: { userId: string; name: string } | null; at: number };

export type ChannelHandlers = {
  onPeers(peers: Peer[]): void;
  onChange(notice: ChangeNotice): void;
};

export type DocumentChannel = {
  /** what I have open in an editor now (null: nothing) */
  setEditing(target: EditTarget | null): void;
  /** tell everyone on the document that something was saved */
  notifyChanged(target: EditTarget | null): void;
  leave(): void;
};

export function channelTopic(documentId: string): string {
  return `document:${documentId}`;
}

/** A key per open tab and document: two tabs of one person are two peers. */
export function newPeerKey(): string {
  return globalThis.crypto.randomUUID();
}
