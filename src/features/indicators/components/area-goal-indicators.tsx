import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { paths } from '@/config/paths';
import { indicatorQueries } from '../api';
import '../goal-indicators.css';
import { GoalIndicatorItem } from './goal-indicator-item';

type AreaGoalIndicatorsProps = { areaId: string };

/** On the area page: the goals of the area's vision that carry indicators, each with baseline → target. */
export function AreaGoalIndicators({ areaId }: AreaGoalIndicatorsProps) {
  const { t } = useTranslation();
  const query = useQuery(indicatorQueries.areaGoals(areaId));
  return (
    <section aria-labelledby="doelen-titel" className="area-section">
      <h2 id="doelen-titel" className="utrecht-heading-3">
        {t('goalIndicators.area.title')}
      </h2>
      {query.isPending ? (
        <Skeleton lines={3} label={t('goalIndicators.loading')} />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.length === 0 ? (
        <p className="utrecht-paragraph muted">{t('goalIndicators.area.empty')}</p>
      ) : (
        <ul className="goal-area-list">
          {query.data.map((g) => (
            <li key={g.goal.lineage_id} className="goal-indicators">
              <h3 className="utrecht-heading-4 goal-area-list__goal">
                <Link className="utrecht-link" to={`${paths.document.href(g.document.slug)}#punt-${g.goal.lineage_id}`}>
                  {g.goal.title}
                </Link>
              </h3>
              <p className="muted goal-area-list__document">
                {t('goalIndicators.area.document', { title: g.document.title })}{' '}
                <span className={`badge badge--${g.document.status}`}>{t(`status.${g.document.status}`)}</span>
              </p>
              <ul className="goal-indicators__list">
                {g.indicators.map((i) => (
                  <GoalIndicatorItem key={i.id} indicator={i} />
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
