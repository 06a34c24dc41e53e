import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { useDeleteGoalIndicator } from '../api';
import type { GoalIndicator } from '../goals';
import { GoalIndicatorError } from './goal-indicator-error';

type GoalIndicatorControlsProps = { documentId: string; indicator: GoalIndicator; name: string; onEdit: () => void };

/** Change or remove one indicator; removing asks first, and "no" puts the focus back where it was. */
export function GoalIndicatorControls({ documentId, indicator, name, onEdit }: GoalIndicatorControlsProps) {
  const { t } = useTranslation();
  const remove = useDeleteGoalIndicator(documentId);
  const [confirming, setConfirming] = useState(false);
  const removeButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (wasConfirming.current && !confirming) removeButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);
  return (
    <div className="goal-indicator__controls no-print">
      <GoalIndicatorError error={remove.error} />
      {confirming ? (
        <span role="group" aria-label={t('goalIndicators.removeConfirm', { name })} className="goal-indicator__confirm">
          <span>{t('goalIndicators.removeConfirm', { name })}</span>
          <Button
            appearance="primary"
            busy={remove.isPending}
            autoFocus
            onClick={() => remove.mutate({ lineageId: indicator.lineage_id, version: indicator.version })}
          >
            {t('goalIndicators.removeYes')}
          </Button>
          <Button appearance="subtle" onClick={() => setConfirming(false)}>
            {t('goalIndicators.form.cancel')}
          </Button>
        </span>
      ) : (
        <>
          <Button aria-label={t('goalIndicators.editLabel', { name })} onClick={onEdit}>
            {t('goalIndicators.edit')}
          </Button>
          <Button
            ref={removeButton}
            appearance="subtle"
            aria-label={t('goalIndicators.removeLabel', { name })}
            onClick={() => setConfirming(true)}
          >
            {t('goalIndicators.remove')}
          </Button>
        </>
      )}
    </div>
  );
}
