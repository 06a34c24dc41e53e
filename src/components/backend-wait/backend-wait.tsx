// No silent waits on the local database: after a few seconds the page says what it is waiting for, and after a bound
// it offers to start the local database again (a reload: drafts are kept per tab, see lib/drafts). Embedded mode.
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { backendWait } from '@/lib/supabase/backend-wait';
import './backend-wait.css';

/** After this long a request is said to be waiting; after STUCK_AFTER_MS a restart is offered. */
export const SLOW_AFTER_MS = 3_000;
export const STUCK_AFTER_MS = 25_000;

function useNow(active: boolean): number {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setNow(performance.now()), 500);
    return () => clearInterval(timer);
  }, [active]);
  return now;
}

export function BackendWait() {
  const { t } = useTranslation();
  const { opening, since } = useSyncExternalStore(backendWait.subscribe, backendWait.get, backendWait.get);
  const now = useNow(since !== undefined);
  const waited = since === undefined ? 0 : now - since;
  const stage = waited >= STUCK_AFTER_MS ? 'stuck' : waited >= SLOW_AFTER_MS ? 'slow' : 'none';

  // the live region stays in the DOM, so the message is announced when it appears
  return (
    <div className="backend-wait" role="status" aria-live="polite">
      {stage === 'none' ? null : (
        <div className={`backend-wait__box backend-wait__box--${stage}`}>
          <span className="backend-wait__spinner" aria-hidden="true" />
          <p className="backend-wait__text">
            {opening ? t('backendWait.opening') : t('backendWait.busy')}{' '}
            {stage === 'stuck' ? t('backendWait.stuck') : t('backendWait.slowDevice')}
          </p>
          {stage === 'stuck' ? (
            <Button appearance="primary" onClick={() => window.location.reload()}>
              {t('backendWait.restart')}
            </Button>
          ) : null}
        </div>
      )}
    </div>
  );
}
