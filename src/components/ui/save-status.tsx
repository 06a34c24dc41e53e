import { useMutationState, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AppError, type AppErrorKind } from '@/lib/supabase/unwrap';
import { Button } from './button';
import './save-status.css';

const HANDLED_IN_PLACE = new Set<AppErrorKind>(['invalid', 'conflict']);

/**
 * Every write in flight, waiting for the connection, or failed, in one place in the header: nothing is saved
 * silently or lost silently. A failed save shows its message and can be tried again or put aside.
 */
export function SaveStatus() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const pending = useMutationState({
    filters: { status: 'pending', predicate: (m) => !m.meta?.inPlace },
    select: (m) => m.state.isPaused,
  });
  // bad input and version conflicts are shown next to the field, with what the user typed kept
  const failed = useMutationState({
    filters: {
      status: 'error',
      predicate: (m) =>
        !m.meta?.inPlace && !(m.state.error instanceof AppError && HANDLED_IN_PLACE.has(m.state.error.kind)),
    },
    select: (m) => m,
  });
  const waiting = pending.filter(Boolean).length;
  const saving = pending.length - waiting;

  return (
    <div className="save-status" role="status" aria-live="polite">
      {waiting > 0 ? (
        <span className="save-status__waiting">{t('common.saveStatus.waiting', { count: waiting })}</span>
      ) : saving > 0 ? (
        <span className="save-status__saving">{t('common.saveStatus.saving')}</span>
      ) : null}
      {failed.length > 0 ? (
        <details className="save-status__failed">
          <summary>{t('common.saveStatus.failed', { count: failed.length })}</summary>
          <ul>
            {failed.map((m) => (
              <li key={m.mutationId}>
                <span>{m.state.error?.message ?? t('errors.unknown')}</span>{' '}
                <Button appearance="subtle" onClick={() => void m.execute(m.state.variables).catch(() => undefined)}>
                  {t('common.retry')}
                </Button>{' '}
                <Button appearance="subtle" onClick={() => qc.getMutationCache().remove(m)}>
                  {t('common.saveStatus.dismiss')}
                </Button>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
