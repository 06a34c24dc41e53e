import { useTranslation } from 'react-i18next';
import { AppError } from '@/lib/supabase/unwrap';
import { Button } from './button';
import './error-state.css';

type ErrorStateProps = { error: unknown; onRetry?: () => void };

/** One way to show a failed request, by the kind of error: no rights, not found, or something else. */
export function ErrorState({ error, onRetry }: ErrorStateProps) {
  const { t } = useTranslation();
  const kind = error instanceof AppError ? error.kind : 'unknown';
  const title =
    kind === 'forbidden' ? t('errors.forbidden') : kind === 'not_found' ? t('errors.notFound') : t('errors.unknown');
  const detail = error instanceof Error && kind !== 'unknown' ? error.message : null;
  return (
    <div className="utrecht-alert utrecht-alert--error error-state" role="alert">
      <p className="utrecht-paragraph">
        <strong>{title}</strong>
      </p>
      {detail && detail !== title ? <p className="utrecht-paragraph">{detail}</p> : null}
      {onRetry && kind !== 'not_found' && kind !== 'forbidden' ? (
        <Button onClick={onRetry}>{t('common.retry')}</Button>
      ) : null}
    </div>
  );
}
