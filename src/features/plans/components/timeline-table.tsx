import { useTranslation } from 'react-i18next';
import { formatShortDate } from '@/lib/formats';
import { isOverdue, type PlanAction, type TimelineLayout } from '../model';
import { ProgressBar } from './progress-bar';
import { StatusLabel } from './status-label';
import { TimelineAxis } from './timeline-axis';

type TimelineTableProps = {
  sections: { id: string; title: string; entries: PlanAction[] }[];
  layout: TimelineLayout;
  today: string;
  caption: string;
};

/** The plan's actions as a table (the accessible form) whose last column draws each action as a bar in time. */
export function TimelineTable({ sections, layout, today, caption }: TimelineTableProps) {
  const { t, i18n } = useTranslation();
  const date = (v: string | null) => (v ? formatShortDate(v, i18n.language) : t('plans.noDate'));
  return (
    <>
      <p className="utrecht-paragraph muted timeline__scroll-hint">{t('plans.scrollHint')}</p>
      {/* focusable, so that keyboard users can scroll the table sideways on a narrow screen */}
      <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
        <table className="timeline">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('plans.column.action')}</th>
              <th scope="col">{t('plans.column.period')}</th>
              <th scope="col">{t('plans.column.status')}</th>
              <th scope="col">{t('plans.column.progress')}</th>
              <th scope="col" className="timeline__axis-cell">
                <span className="visually-hidden">{t('plans.column.timeline')}</span>
                <TimelineAxis layout={layout} />
              </th>
            </tr>
          </thead>
          {sections.map((section) => (
            <tbody key={section.id}>
              <tr className="timeline__section">
                <th scope="colgroup" colSpan={5}>
                  {section.title}
                </th>
              </tr>
              {section.entries.map((a) => {
                const bar = layout.bars.get(a.id);
                const late = isOverdue(a, today);
                return (
                  <tr key={a.id}>
                    <th scope="row" className="timeline__action">
                      {a.title}
                      {a.owner_org ? <span className="timeline__owner">{a.owner_org}</span> : null}
                    </th>
                    <td className="timeline__period">
                      <span>{date(a.start_date)} –</span> <span>{date(a.end_date)}</span>
                    </td>
                    <td>
                      <StatusLabel status={a.action_status} overdue={late} />
                    </td>
                    <td>
                      <ProgressBar value={a.progress} status={a.action_status} />
                    </td>
                    <td className="timeline__lane" aria-hidden="true">
                      {layout.ticks.map((tick) => (
                        <span
                          key={tick.date}
                          className={`timeline__grid${tick.yearStart ? ' timeline__grid--year' : ''}`}
                          style={{ left: `${tick.offset}%` }}
                        />
                      ))}
                      {layout.today !== null ? (
                        <span className="timeline__today" style={{ left: `${layout.today}%` }} />
                      ) : null}
                      {bar && bar.left !== null ? (
                        <span
                          className={`timeline__bar timeline__bar--${a.action_status}${late ? ' timeline__bar--late' : ''}`}
                          style={{ left: `${bar.left}%`, width: `${bar.width}%` }}
                        >
                          <span className="timeline__bar-done" style={{ width: `${a.progress}%` }} />
                        </span>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          ))}
        </table>
      </div>
    </>
  );
}
