import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditTarget, Peer } from '@/lib/realtime/presence';

type PresenceAnnouncerProps = { people: Peer[]; describe: (target: EditTarget) => string | null };

/** One polite live region for the whole page: "Daan Bakker bekijkt nu dit document", "… bewerkt nu ‘X’". */
export function PresenceAnnouncer({ people, describe }: PresenceAnnouncerProps) {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  const [previous, setPrevious] = useState<Peer[] | null>(null);

  // compared while rendering (React's "adjust state when a prop changes"), not in an effect
  if (previous !== people) {
    setPrevious(people);
    // the people already here when the page opened are listed, not announced
    const lines = previous ? changes(previous, people, describe, t) : [];
    if (lines.length > 0) setMessage(lines.join(' '));
  }

  return (
    <p className="visually-hidden" role="status" aria-live="polite">
      {message}
    </p>
  );
}

function changes(
  before: Peer[],
  after: Peer[],
  describe: (target: EditTarget) => string | null,
  t: (key: string, options: Record<string, string>) => string,
): string[] {
  const was = new Map(before.map((p) => [p.userId, p]));
  const now = new Map(after.map((p) => [p.userId, p]));
  const lines: string[] = [];
  for (const [id, peer] of now) {
    const earlier = was.get(id);
    if (!earlier) lines.push(t('coEditing.announce.joined', { name: peer.name }));
    const what = peer.editing ? describe(peer.editing) : null;
    if (what && earlier?.editing?.id !== peer.editing?.id)
      lines.push(t('coEditing.announce.editing', { name: peer.name, what }));
  }
  for (const [id, peer] of was) if (!now.has(id)) lines.push(t('coEditing.announce.left', { name: peer.name }));
  return lines;
}
