import { useTranslation } from 'react-i18next';
import type { Peer } from '@/lib/realtime/presence';
import { PresenceAvatar } from './presence-avatar';
import './co-editing.css';

type EditingMarkerProps = { editors: Peer[] };

/** "Fatima El Amrani bewerkt dit": on a section or entry someone else has open in an editor. Text, not only colour. */
export function EditingMarker({ editors }: EditingMarkerProps) {
  const { t } = useTranslation();
  if (editors.length === 0) return null;
  const names = editors.map((e) => e.name).join(', ');
  return (
    <p className="editing-marker">
      {editors.map((e) => (
        <PresenceAvatar key={e.userId} userId={e.userId} name={e.name} />
      ))}
      <span>{t('coEditing.marker', { names, count: editors.length })}</span>
    </p>
  );
}
