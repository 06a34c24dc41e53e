import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { paths } from '@/config/paths';
import { planQueries } from '../api';
import '../plans.css';
import { ProgressBar } from './progress-bar';
import { ThemeProgress } from './theme-progress';

type AreaPlanProgressProps = { areaId: string; areaName: string };

/** On the area page: the progress of the area's execution plans, each linking to its timeline, and per theme. */
export function AreaPlanProgress({ areaId, areaName }: AreaPlanProgressProps) {
  const { t } = useTranslation();
  const query = useQuery(planQueries.progress(areaId));
  return (
    <section aria-labelledby="uitvoering-titel" className="area-section">
      <h2 id="uitvoering-titel" className="utrecht-heading-2">
        {t('plans.areaTitle')}
      </h2>
      {query.isPending ? (
        <Skeleton lines={3} />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.plans.length === 0 ? (
        <p className="utrecht-paragraph">{t('plans.noPlans')}</p>
      ) : (
        <>
          {query.data.areas[0] ? (
            <p className="utrecht-paragraph area-progress__total">
              {t('plans.areaProgress', { area: areaName })}: <ProgressBar value={query.data.areas[0].progress} />
            </p>
          ) : null}
          <ul className="area-progress__plans">
            {query.data.plans.map((p) => (
              <li key={p.id}>
                <Link to={paths.documentTimeline.href(p.slug)} className="utrecht-link">
                  {p.title}
                </Link>{' '}
                <span className={`badge badge--${p.status}`}>{t(`status.${p.status}`)}</span>
                <ProgressBar value={p.progress} />
                <span className="muted">
                  {t('plans.counted', { count: p.counted_action_count, total: p.action_count })}
                  {p.overdue_count > 0 ? ` ${t('plans.overdueCount', { count: p.overdue_count })}` : ''}
                </span>
              </li>
            ))}
          </ul>
          <h3 className="utrecht-heading-3">{t('plans.perTheme')}</h3>
          <ThemeProgress themes={query.data.themes} />
        </>
      )}
    </section>
  );
}
