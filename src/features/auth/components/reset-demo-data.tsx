import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { useResetDemoData } from '../api';
import './reset-demo-data.css';

/** Throws the local database away and rebuilds it from the seed, after an explicit confirmation. */
export function ResetDemoData() {
  const { t } = useTranslation();
  const reset = useResetDemoData();
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const actionRef = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);

  // keyboard focus follows the question and comes back to the action afterwards, never lost on <body>
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
    else if (asked.current) actionRef.current?.focus();
    asked.current = confirming;
  }, [confirming]);

  return (
    <section aria-labelledby="herstel-titel" className="reset-demo">
      <h2 id="herstel-titel" className="utrecht-heading-3">
        {t('auth.reset.title')}
      </h2>
      <p className="utrecht-paragraph">{t('auth.reset.intro')}</p>
      {confirming ? (
        <div role="group" aria-label={t('auth.reset.confirmLabel')} className="button-row">
          <Button
            ref={confirmRef}
            appearance="primary"
            busy={reset.isPending}
            onClick={() => reset.mutate(undefined, { onSettled: () => setConfirming(false) })}
          >
            {t('auth.reset.confirm')}
          </Button>
          <Button appearance="subtle" onClick={() => setConfirming(false)}>
            {t('common.cancel')}
          </Button>
        </div>
      ) : (
        <Button ref={actionRef} onClick={() => setConfirming(true)}>
          {t('auth.reset.action')}
        </Button>
      )}
      <p role="status" className="utrecht-paragraph">
        {reset.isSuccess ? t('auth.reset.done') : reset.isError ? t('auth.reset.failed') : ''}
      </p>
    </section>
  );
}
