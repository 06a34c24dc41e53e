import { useTranslation } from 'react-i18next';
import { ACTION_STATUSES, type ProgressFigures as Figures } from '../model';
import { ProgressBar } from './progress-bar';
import { StatusLabel } from './status-label';

type ProgressFiguresProps = { figures: Figures; size?: 'small' | 'large'; showStatuses?: boolean };

/** The mean progress of a set of actions, what it counts, how many are late, and how many are in each status. */
export function ProgressFigures({ figures, size = 'large', showStatuses = true }: ProgressFiguresProps) {
  const { t } = useTranslation();
  return (
    <div className="progress-figures">
      <ProgressBar value={figures.progress} size={size} />
      <p className="progress-figures__note">
        {t('plans.counted', { count: figures.counted_action_count, total: figures.action_count })}
        {figures.overdue_count > 0 ? (
          <strong className="progress-figures__late">
            {' '}
            {t('plans.overdueCount', { count: figures.overdue_count })}
          </strong>
        ) : null}
      </p>
      {showStatuses ? (
        <ul className="progress-figures__statuses" aria-label={t('plans.byStatus')}>
          {ACTION_STATUSES.filter((s) => figures.by_status[s] > 0).map((s) => (
            <li key={s}>
              <StatusLabel status={s} />: {figures.by_status[s]}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
