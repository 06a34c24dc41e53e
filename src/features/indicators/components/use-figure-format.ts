import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { formatEuro, formatNumber } from '@/lib/formats';
import { UNITS, type Aggregation, type Unit } from '../model';

export type FormatFigure = (value: number | null | undefined, unit: Unit | string, decimals?: number) => string;

/** Shows a figure in the reader's language with its unit ("17%", "€ 398.000", "1.826 per km²"); a team's own
 *  unit follows the number; an unknown value says so. */
export function useFigureFormat(): FormatFigure {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  return useCallback(
    (value, unit, decimals = 0) => {
      if (value == null) return t('figures.unknown');
      if (unit === 'eur_thousand') return formatEuro(value * 1000, lng);
      const n = formatNumber(value, lng, decimals);
      if ((UNITS as string[]).includes(unit)) return t(`figures.unit.${unit}`, { value: n });
      return unit === '%' ? `${n}%` : `${n} ${unit}`;
    },
    [t, lng],
  );
}

/** Decimals for a figure over several wijken: a weighted mean of whole numbers (e.g. whole percentages) gets one. */
export const aggregateDecimals = (indicator: { decimals: number; aggregation: Aggregation }) =>
  indicator.aggregation === 'weighted_mean' ? Math.max(indicator.decimals, 1) : indicator.decimals;
