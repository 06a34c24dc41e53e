import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { useReportAbuse } from '../api';

type ReportButtonProps = { kind: 'initiative' | 'comment'; targetId: string; reported?: boolean };

/** Report abuse, after a confirmation step (an easy mistake otherwise). */
export function ReportButton({ kind, targetId, reported = false }: ReportButtonProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const report = useReportAbuse();
  if (reported || report.isSuccess) {
    return (
      <p className="utrecht-paragraph muted" role="status">
        {t('initiatives.report.done')}
      </p>
    );
  }
  if (!confirming) {
    return (
      <Button appearance="subtle" onClick={() => setConfirming(true)}>
        {t(`initiatives.report.${kind}`)}
      </Button>
    );
  }
  return (
    <div className="report-confirm" role="group" aria-label={t(`initiatives.report.${kind}`)}>
      <p className="utrecht-paragraph">{t('initiatives.report.confirm')}</p>
      <Button
        appearance="primary"
        busy={report.isPending}
        onClick={() => report.mutate({ kind, targetId, reason: '' })}
      >
        {t('initiatives.report.yes')}
      </Button>
      <Button appearance="subtle" onClick={() => setConfirming(false)}>
        {t('common.cancel')}
      </Button>
      {report.error ? (
        <p className="utrecht-form-field-error-message" role="alert">
          {report.error.message}
        </p>
      ) : null}
    </div>
  );
}
