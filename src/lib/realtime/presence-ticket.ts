// Presence under tickets (issue 16): a tab shows up on a document's channel under an opaque ticket from the
// database, never under a name or account id it makes up itself. Only participants (who may edit the document or
// comment on it now) get a ticket, and only they can turn the tickets of others into names
// (join_document_presence / document_presence_people, docs/api.md).
import { supabase } from '@/lib/supabase/client';
import { unwrap } from '@/lib/supabase/unwrap';

/** Who I am on one document's channel: the ticket I track, my per-document pseudonym and my name. */
export type PresenceIdentity = { ticket: string; peerId: string; name: string };
export type TicketHolder = { peerId: string; name: string };

type TicketRow = { ticket: string; peer_id: string; name: string };

/** A ticket for this document, or null when I may not take part (a reader only hears change notices). */
export async function joinPresence(documentId: string): Promise<PresenceIdentity | null> {
  const { data, error } = await supabase.rpc('join_document_presence', { p_document_id: documentId });
  if (error) return null;
  const row = data as unknown as TicketRow;
  return { ticket: row.ticket, peerId: row.peer_id, name: row.name };
}

/** The people behind tickets seen on the channel; unknown or forged tickets are simply absent. */
export async function ticketHolders(documentId: string, tickets: string[]): Promise<Map<string, TicketHolder>> {
  const rows = unwrap(
    await supabase.rpc('document_presence_people', { p_document_id: documentId, p_tickets: tickets }),
  ) as unknown as TicketRow[];
  return new Map(rows.map((r) => [r.ticket, { peerId: r.peer_id, name: r.name }]));
}
