import { useTranslation } from 'react-i18next';
import type { PlanProgress } from '../model';
import { ProgressBar } from './progress-bar';

type ThemeProgressProps = { themes: PlanProgress['themes'] };

/** Progress per theme: one row per theme with its bar, figure and number of actions. */
export function ThemeProgress({ themes }: ThemeProgressProps) {
  const { t, i18n } = useTranslation();
  if (themes.length === 0) return <p className="utrecht-paragraph">{t('plans.noActions')}</p>;
  return (
    <ul className="theme-progress">
      {themes.map((th) => (
        <li key={th.theme_id ?? 'none'} className="theme-progress__row">
          <span className="theme-progress__name">
            {(i18n.language === 'en' ? th.name_en : th.name_nl) ?? t('plans.noTheme')}
          </span>
          <ProgressBar value={th.progress} />
          <span className="muted theme-progress__count">{t('plans.actionCount', { count: th.action_count })}</span>
        </li>
      ))}
    </ul>
  );
}
