import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { authQueries } from '@/features/auth/api';
import { documentQueries } from '@/features/documents/api';
import { CoEditingProvider } from '@/lib/realtime/presence-context';
import { useDocumentChannel } from '@/lib/realtime/use-document-channel';

type DocumentCoEditingProps = { documentId: string; participant: boolean; children: ReactNode };

/** Joins the document's realtime channel: change notices refetch the document's queries for every reader;
 *  presence (who is here, under their name from the database) only for participants, who may edit the document or
 *  comment on it now (issues 5 and 16). */
export function DocumentCoEditing({ documentId, participant, children }: DocumentCoEditingProps) {
  const presence = useDocumentChannel({ documentId, participant, queryKeys: [documentQueries.all()] });
  // unsaved drafts belong to the account and are known at once, not only once the presence ticket has come
  const { data: me } = useQuery(authQueries.me());
  const draftOwner = me?.id ?? null;
  return <CoEditingProvider value={{ ...presence, documentId, draftOwner }}>{children}</CoEditingProvider>;
}
