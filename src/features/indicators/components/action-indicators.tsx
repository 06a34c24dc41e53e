import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import type { ServedGoal } from '../goals';
import '../goal-indicators.css';
import { GoalIndicatorItem } from './goal-indicator-item';

type ActionIndicatorsProps = { served: ServedGoal[] };

/** Next to a plan action: the goals it serves and the indicators they should move. */
export function ActionIndicators({ served }: ActionIndicatorsProps) {
  const { t } = useTranslation();
  if (!served.length) return null;
  return (
    <div className="goal-indicators">
      <p className="goal-indicators__title">{t('goalIndicators.action.title')}</p>
      {served.map((s) => (
        <div key={s.goal.lineage_id}>
          <p className="goal-indicator__goal">
            <Link
              className="utrecht-link"
              to={`${paths.document.href(s.goal.document_slug)}#punt-${s.goal.lineage_id}`}
            >
              {t('goalIndicators.action.goal', { goal: s.goal.title })}
            </Link>
          </p>
          <ul className="goal-indicators__list">
            {s.indicators.map((g) => (
              <GoalIndicatorItem key={g.id} indicator={g} />
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
