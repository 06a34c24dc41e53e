import { useTranslation } from 'react-i18next';
import type { ActionStatus } from '../model';

type StatusLabelProps = { status: ActionStatus; overdue?: boolean };

/** The status of an action in its colour and in words (colour is never the only signal). */
export function StatusLabel({ status, overdue = false }: StatusLabelProps) {
  const { t } = useTranslation();
  return (
    <span className="status-label">
      <span className={`status-dot status-dot--${status}`} aria-hidden="true" />
      {t(`labels.actionStatus.${status}`)}
      {overdue ? <span className="status-label__late">{t('plans.overdue')}</span> : null}
    </span>
  );
}
