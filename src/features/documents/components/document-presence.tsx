import { PresenceBar } from '@/components/co-editing/presence-bar';
import type { EditTarget } from '@/lib/realtime/presence';
import { peoplePresent } from '@/lib/realtime/presence';
import { useCoEditing } from '@/lib/realtime/presence-context';
import { useDocumentPage } from './document-context';

/** Who else is on this document now and what they edit (issue 5); nothing without a realtime channel. */
export function DocumentPresence() {
  const coEditing = useCoEditing();
  const { detail } = useDocumentPage();
  if (!coEditing?.me) return null;
  const describe = (target: EditTarget): string | null => {
    for (const section of detail.sections) {
      if (target.kind === 'section' && section.id === target.id) return section.title;
      const entry = target.kind === 'entry' ? section.entries.find((e) => e.id === target.id) : undefined;
      if (entry) return entry.title;
    }
    return null;
  };
  return <PresenceBar people={peoplePresent(coEditing.peers, coEditing.me.userId)} describe={describe} />;
}
