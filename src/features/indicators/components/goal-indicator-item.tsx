import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { goalIndicatorName, type GoalIndicator } from '../goals';
import { GoalIndicatorValues } from './goal-indicator-values';

type GoalIndicatorItemProps = { indicator: GoalIndicator; controls?: ReactNode };

/** One indicator of a goal: its name, the wijken it covers, baseline → target, the newest figure and the source. */
export function GoalIndicatorItem({ indicator: g, controls }: GoalIndicatorItemProps) {
  const { t, i18n } = useTranslation();
  const scope =
    g.kind === 'custom'
      ? t('goalIndicators.own')
      : g.scope === 'area'
        ? t('goalIndicators.scopeArea', { count: g.districts.length })
        : g.districts.map((d) => d.name).join(', ');
  return (
    <li className="goal-indicator">
      <p className="goal-indicator__name">
        <strong>{goalIndicatorName(g, i18n.language)}</strong> <span className="muted">· {scope}</span>
      </p>
      <GoalIndicatorValues indicator={g} />
      {controls}
    </li>
  );
}
