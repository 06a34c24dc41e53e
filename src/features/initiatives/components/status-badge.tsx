import { useTranslation } from 'react-i18next';
import type { InitiativeStatus } from '../model';
import '../initiatives.css';

type StatusBadgeProps = { status: InitiativeStatus };

export function StatusBadge({ status }: StatusBadgeProps) {
  const { t } = useTranslation();
  return <span className={`initiative-status initiative-status--${status}`}>{t(`initiatives.status.${status}`)}</span>;
}
