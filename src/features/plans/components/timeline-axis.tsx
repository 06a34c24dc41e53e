import { useTranslation } from 'react-i18next';
import { locale } from '@/i18n';
import { dateTimeFormat } from '@/lib/formats';
import type { TimelineLayout } from '../model';

type TimelineAxisProps = { layout: TimelineLayout };

/** Quarter marks above the bars ("jan 2026", "apr", …) and today's line; decoration beside the table's dates. */
export function TimelineAxis({ layout }: TimelineAxisProps) {
  const { t, i18n } = useTranslation();
  const label = (iso: string, withYear: boolean) =>
    dateTimeFormat(locale(i18n.language), {
      month: 'short',
      ...(withYear ? { year: 'numeric' } : {}),
      timeZone: 'UTC',
    }).format(new Date(`${iso}T00:00:00Z`));
  return (
    <span className="timeline__axis" aria-hidden="true">
      {layout.ticks.map((tick, i) => (
        <span key={tick.date} className="timeline__tick" style={{ left: `${tick.offset}%` }}>
          {label(tick.date, tick.yearStart || i === 0)}
        </span>
      ))}
      {layout.today !== null ? (
        <span className="timeline__today-label" style={{ left: `${layout.today}%` }}>
          {t('plans.today')}
        </span>
      ) : null}
    </span>
  );
}
