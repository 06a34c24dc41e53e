import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/lib/formats';
import { nameOf, type Aggregate, type Indicator } from '../model';

type CoverageNoteProps = {
  aggregate: Aggregate;
  indicator: Indicator;
  /** whose figure it is (an area, the city), said first */
  label?: string;
  /** without the names of the wijken */
  compact?: boolean;
};

/** Under a figure over several wijken: which wijken lack a value (never counted as 0), the share of the base they
 *  leave out, and the base's year when it differs. Nothing when every wijk has a value in the same year. */
export function CoverageNote({ aggregate, indicator, label, compact = false }: CoverageNoteProps) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const missing = aggregate.district_count - aggregate.with_value;
  const base = indicator.base ? nameOf(indicator.base, lng).toLowerCase() : null;
  const parts: string[] = [];
  if (missing > 0) {
    parts.push(
      t(compact ? 'figures.coverage.missingCount' : 'figures.coverage.missing', {
        count: missing,
        total: aggregate.district_count,
        names: aggregate.missing.map((m) => m.name).join(', '),
      }),
    );
    if (base && aggregate.base_share !== null && aggregate.with_value > 0)
      parts.push(t('figures.coverage.share', { share: `${formatNumber(aggregate.base_share * 100, lng, 1)}%`, base }));
  }
  if (base && aggregate.base_year !== null && aggregate.base_year !== aggregate.year)
    parts.push(t('figures.coverage.weighted', { base, year: aggregate.base_year }));
  if (!parts.length) return null;
  const text = parts.join('; ');
  return <span className="figure-coverage">{label ? `${label}: ${text}` : text}</span>;
}
