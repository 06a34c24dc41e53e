import { useTranslation } from 'react-i18next';
import './skeleton.css';

type SkeletonProps = { lines?: number; label?: string; variant?: 'text' | 'map' };

/** Placeholder blocks while data loads; announced once through a polite live region. */
export function Skeleton({ lines = 4, label, variant = 'text' }: SkeletonProps) {
  const { t } = useTranslation();
  return (
    <div className={`skeleton skeleton--${variant}`} role="status" aria-live="polite">
      <span className="visually-hidden">{label ?? t('common.loading')}</span>
      {variant === 'map' ? (
        <div className="skeleton__map" aria-hidden="true" />
      ) : (
        Array.from({ length: lines }, (_, i) => (
          <div key={i} className="skeleton__line" aria-hidden="true" style={{ width: `${90 - ((i * 17) % 40)}%` }} />
        ))
      )}
    </div>
  );
}
