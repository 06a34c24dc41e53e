import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/lib/formats';

type ProgressBarProps = { value: number | null; size?: 'small' | 'large'; status?: string };

/** A bar and the figure as text ("46,3%"); the bar is decoration, the text is what is read out. */
export function ProgressBar({ value, size = 'small', status }: ProgressBarProps) {
  const { t, i18n } = useTranslation();
  return (
    <span className={`progress progress--${size}`}>
      <span className="progress__track" aria-hidden="true">
        <span
          className={`progress__fill${status ? ` progress__fill--${status}` : ''}`}
          style={{ width: `${value ?? 0}%` }}
        />
      </span>
      <span className="progress__text">
        {value === null ? t('plans.noProgress') : `${formatNumber(value, i18n.language)}%`}
      </span>
    </span>
  );
}
