import { useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { documentPath } from '@/config/paths';
import { formatDate } from '@/lib/formats';
import { useDocumentTitle } from '@/lib/use-document-title';
import { planQueries } from '../api';
import { timelineLayout, todayInTilburg } from '../model';
import '../plans.css';
import { ProgressFigures } from './progress-figures';
import { ThemeProgress } from './theme-progress';
import { TimelineTable } from './timeline-table';

type PlanTimelineProps = { slug: string };

/** The timeline page of a plan: progress of the plan and its area, the actions in time, and progress per theme. */
export function PlanTimeline({ slug }: PlanTimelineProps) {
  const { t, i18n } = useTranslation();
  const { data: plan } = useSuspenseQuery(planQueries.document(slug));
  const doc = plan.document;
  const { data: progress } = useSuspenseQuery(planQueries.progress(doc.area.id));
  const today = todayInTilburg();
  const actions = useMemo(() => plan.sections.flatMap((s) => s.entries), [plan.sections]);
  const layout = useMemo(
    () => timelineLayout({ start: doc.period_start, end: doc.period_end }, actions, today),
    [doc.period_start, doc.period_end, actions, today],
  );
  const title = t('plans.title', { title: doc.title });
  useDocumentTitle(title);
  const back = (
    <p className="back-link">
      <Link to={documentPath(slug)} className="utrecht-link">
        {t('plans.back', { title: doc.title })}
      </Link>
    </p>
  );
  if (doc.kind !== 'plan') {
    return (
      <>
        {back}
        <h1 className="utrecht-heading-1">{doc.title}</h1>
        <p className="utrecht-paragraph">{t('plans.notAPlan')}</p>
      </>
    );
  }
  const planFigures = progress.plans.find((p) => p.id === doc.id);
  const areaFigures = progress.areas.find((a) => a.area_id === doc.area.id);
  return (
    <>
      {back}
      <h1 className="utrecht-heading-1">{title}</h1>
      <p className="utrecht-paragraph muted">
        {doc.area.name}
        {doc.period_start && doc.period_end
          ? ` · ${formatDate(doc.period_start, i18n.language)} – ${formatDate(doc.period_end, i18n.language)}`
          : null}{' '}
        <span className={`badge badge--${doc.status}`}>{t(`status.${doc.status}`)}</span>
        {doc.is_example ? <span className="badge badge--example">{t('common.example')}</span> : null}
      </p>

      <div className="progress-overview">
        <section aria-labelledby="voortgang-plan" className="progress-overview__card">
          <h2 id="voortgang-plan" className="utrecht-heading-2">
            {t('plans.planProgress')}
          </h2>
          {planFigures ? <ProgressFigures figures={planFigures} /> : <p>{t('plans.noActions')}</p>}
        </section>
        {areaFigures ? (
          <section aria-labelledby="voortgang-gebied" className="progress-overview__card">
            <h2 id="voortgang-gebied" className="utrecht-heading-2">
              {t('plans.areaProgress', { area: areaFigures.name })}
            </h2>
            <ProgressFigures figures={areaFigures} showStatuses={false} />
            <p className="muted">{t('plans.planCount', { count: areaFigures.plan_count })}</p>
          </section>
        ) : null}
      </div>

      <section aria-labelledby="tijdlijn-titel">
        <h2 id="tijdlijn-titel" className="utrecht-heading-2">
          {t('plans.timeline')}
        </h2>
        <p className="utrecht-paragraph muted">{t('plans.timelineIntro')}</p>
        {actions.length === 0 ? (
          <p className="utrecht-paragraph">{t('plans.noActions')}</p>
        ) : (
          <TimelineTable sections={plan.sections} layout={layout} today={today} caption={t('plans.timeline')} />
        )}
      </section>

      <section aria-labelledby="thema-titel">
        <h2 id="thema-titel" className="utrecht-heading-2">
          {t('plans.themeProgress', { area: doc.area.name })}
        </h2>
        <ThemeProgress themes={progress.themes} />
      </section>
    </>
  );
}
