import { colourOf, initialsOf } from '@/lib/realtime/presence';
import './co-editing.css';

type PresenceAvatarProps = { userId: string; name: string };

/** Initials on the person's colour. Decorative: the name is always written next to it. */
export function PresenceAvatar({ userId, name }: PresenceAvatarProps) {
  const colour = colourOf(userId);
  return (
    <span
      className="presence-avatar"
      aria-hidden="true"
      style={{ backgroundColor: colour.background, color: colour.ink }}
    >
      {initialsOf(name)}
    </span>
  );
}
