import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { goalIndicatorName, type GoalIndicator } from '../goals';
import '../goal-indicators.css';
import { GoalIndicatorControls } from './goal-indicator-controls';
import { GoalIndicatorForm } from './goal-indicator-form';
import { GoalIndicatorItem } from './goal-indicator-item';

type GoalIndicatorListProps = {
  documentId: string;
  goal: { lineage_id: string; title: string };
  indicators: GoalIndicator[];
  /** the area team may add, change and remove them (a version that is not adopted) */
  canEdit: boolean;
  districts: { id: string; code: string; name: string }[];
};

/** Under a vision goal: its indicators (baseline → target), and for its area team the controls to add and change. */
export function GoalIndicatorList({ documentId, goal, indicators, canEdit, districts }: GoalIndicatorListProps) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  // a closed form gives the focus back to "Indicator toevoegen", so the keyboard does not fall to the page's top
  useEffect(() => {
    if (wasEditing.current && editing === null) addButton.current?.focus();
    wasEditing.current = editing !== null;
  }, [editing]);
  if (!indicators.length && !canEdit) return null;
  const form = (existing: GoalIndicator | null) => (
    <GoalIndicatorForm
      documentId={documentId}
      goal={goal}
      districts={districts}
      existing={existing}
      onDone={() => setEditing(null)}
    />
  );
  return (
    <div className="goal-indicators">
      <p className="goal-indicators__title">{t('goalIndicators.title')}</p>
      {indicators.length ? (
        <ul className="goal-indicators__list">
          {indicators.map((g) =>
            editing === g.lineage_id ? (
              <li key={g.id}>{form(g)}</li>
            ) : (
              <GoalIndicatorItem
                key={g.id}
                indicator={g}
                controls={
                  canEdit ? (
                    <GoalIndicatorControls
                      documentId={documentId}
                      indicator={g}
                      name={goalIndicatorName(g, i18n.language)}
                      onEdit={() => setEditing(g.lineage_id)}
                    />
                  ) : null
                }
              />
            ),
          )}
        </ul>
      ) : (
        <p className="muted">{t('goalIndicators.none')}</p>
      )}
      {canEdit && editing === 'new' ? (
        form(null)
      ) : canEdit ? (
        <Button
          ref={addButton}
          className="no-print"
          aria-label={t('goalIndicators.addTo', { goal: goal.title })}
          onClick={() => setEditing('new')}
        >
          {t('goalIndicators.add')}
        </Button>
      ) : null}
    </div>
  );
}
