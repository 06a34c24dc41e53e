import { useTranslation } from 'react-i18next';
import type { EditTarget, Peer } from '@/lib/realtime/presence';
import { PresenceAnnouncer } from './presence-announcer';
import { PresenceAvatar } from './presence-avatar';
import './co-editing.css';

type PresenceBarProps = {
  /** the other people on this document (see peoplePresent) */
  people: Peer[];
  /** the title of a section or entry, to say what someone edits */
  describe: (target: EditTarget) => string | null;
};

/** Who else has this document open, and what they are editing; changes are announced politely. */
export function PresenceBar({ people, describe }: PresenceBarProps) {
  const { t } = useTranslation();
  return (
    <section className="presence-bar no-print" aria-labelledby="presence-titel">
      <h2 id="presence-titel" className="presence-bar__title">
        {t('coEditing.presence.title')}
      </h2>
      {people.length === 0 ? (
        <p className="presence-bar__alone muted">{t('coEditing.presence.alone')}</p>
      ) : (
        <ul className="presence-bar__list">
          {people.map((peer) => {
            const what = peer.editing ? describe(peer.editing) : null;
            return (
              <li key={peer.userId} className="presence-bar__person">
                <PresenceAvatar userId={peer.userId} name={peer.name} />
                <span>
                  {peer.name}
                  {what ? <span className="muted"> — {t('coEditing.presence.editingWhat', { what })}</span> : null}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      <PresenceAnnouncer people={people} describe={describe} />
    </section>
  );
}
