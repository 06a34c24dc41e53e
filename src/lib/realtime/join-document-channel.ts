import { isEmbedded } from '@/lib/supabase/client';
import type { ChannelHandlers, DocumentChannel, Me } from './channel';
import { joinEmbeddedChannel } from './embedded-channel';
import { joinSupabaseChannel } from './supabase-channel';

/** Joins the realtime channel of one document: BroadcastChannel across tabs (embedded) or Supabase Realtime. */
export function joinDocumentChannel(documentId: string, me: Me, handlers: ChannelHandlers): DocumentChannel {
  return isEmbedded ? joinEmbeddedChannel(documentId, me, handlers) : joinSupabaseChannel(documentId, me, handlers);
}
