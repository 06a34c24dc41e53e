import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { useReportAbuse } from '../api';
import '../initiatives.css';

type ReportButtonProps = { kind: 'initiative' | 'comment'; targetId: string; reported?: boolean };

const hintOf = (error: unknown) => ((error as { cause?: { hint?: unknown } }).cause?.hint ?? null) as string | null;

/** Report abuse, after a confirmation step (an easy mistake otherwise). A report puts the item before an admin; only
 *  enough reports of established accounts hide it in the meantime (issue 16). */
export function ReportButton({ kind, targetId, reported = false }: ReportButtonProps) {
  const { t, i18n } = useTranslation();
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
          {hintOf(report.error) === 'unconfirmed' && !i18n.language.startsWith('nl')
            ? t('initiatives.report.unconfirmed')
            : report.error.message}
        </p>
      ) : null}
    </div>
  );
}
