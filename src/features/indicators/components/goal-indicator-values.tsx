import { useTranslation } from 'react-i18next';
import type { GoalIndicator } from '../goals';
import { CoverageNote } from './coverage-note';
import { FigureSource } from './figure-source';
import { aggregateDecimals, useFigureFormat } from './use-figure-format';

type GoalIndicatorValuesProps = { indicator: GoalIndicator };

/** Baseline → target, each with its year, and the newest figure when a newer year of a CBS figure is loaded. */
export function GoalIndicatorValues({ indicator: g }: GoalIndicatorValuesProps) {
  const { t } = useTranslation();
  const format = useFigureFormat();
  const unit = g.indicator?.unit ?? g.unit ?? '';
  const decimals = g.indicator ? aggregateDecimals(g.indicator) : 2;
  // a team's own figure keeps the decimals it was given, up to 2
  const own = (v: number) => (g.indicator ? format(v, unit, decimals) : format(v, unit, decimalsOf(v)));
  return (
    <>
      <p className="goal-indicator__values">
        <span>
          {t('goalIndicators.baseline', { year: g.baseline.year })}: <strong>{own(g.baseline.value)}</strong>
        </span>
        <span aria-hidden="true"> → </span>
        <span className="visually-hidden"> {t('goalIndicators.to')} </span>
        <span>
          {t('goalIndicators.target', { year: g.target.year })}: <strong>{own(g.target.value)}</strong>
        </span>
      </p>
      {g.latest && g.indicator ? (
        <p className="goal-indicator__latest">
          {t('goalIndicators.latest', { year: g.latest.year })}:{' '}
          <strong>{format(g.latest.value, unit, decimals)}</strong>{' '}
          <FigureSource year={g.latest.year} source={g.latest.source} />{' '}
          <CoverageNote aggregate={g.latest} indicator={g.indicator} compact />
        </p>
      ) : null}
      <p className="goal-indicator__source">
        {g.indicator ? (
          <FigureSource year={g.baseline.year} source={g.baseline.source} />
        ) : (
          <span className="figure-source">{t('goalIndicators.ownSource', { source: g.source })}</span>
        )}
      </p>
    </>
  );
}

const decimalsOf = (v: number) => Math.min((String(v).split('.')[1] ?? '').length, 2);
