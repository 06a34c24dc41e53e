import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { authQueries } from '@/features/auth/api';
import { documentQueries } from '@/features/documents/api';
import { CoEditingProvider } from '@/lib/realtime/presence-context';
import { useDocumentChannel } from '@/lib/realtime/use-document-channel';

type DocumentCoEditingProps = { documentId: string; children: ReactNode };

/** Joins the document's realtime channel as the signed-in user (a visitor only listens): change notices refetch the
 *  document's queries, presence goes to the editors inside (issue 5). */
export function DocumentCoEditing({ documentId, children }: DocumentCoEditingProps) {
  const { data: me, isPending } = useQuery(authQueries.me());
  const who = me ? { userId: me.id, name: me.display_name } : null;
  // join once it is known who I am: joining as a visitor first and then again would announce others leaving
  const presence = useDocumentChannel({
    documentId: isPending ? undefined : documentId,
    me: who,
    queryKeys: [documentQueries.all()],
  });
  return <CoEditingProvider value={{ ...presence, documentId, me: who }}>{children}</CoEditingProvider>;
}
