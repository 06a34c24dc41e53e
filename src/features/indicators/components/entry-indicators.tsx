import { useQuery } from '@tanstack/react-query';
import { indicatorQueries } from '../api';
import { ActionIndicators } from './action-indicators';
import { GoalIndicatorList } from './goal-indicator-list';

type EntryIndicatorsProps = { documentId: string; entry: { lineage_id: string; title: string } };

/** Under an entry of a vision or plan: a goal's indicators (editable by its team), or the indicators of the goals an
 *  action serves. One query per document version, shared by all its entries; nothing while it loads. */
export function EntryIndicators({ documentId, entry }: EntryIndicatorsProps) {
  const { data } = useQuery(indicatorQueries.document(documentId));
  if (!data) return null;
  const goal = data.goals[entry.lineage_id];
  if (goal)
    return (
      <GoalIndicatorList
        documentId={documentId}
        goal={entry}
        indicators={goal}
        canEdit={data.can_edit}
        districts={data.districts}
      />
    );
  const served = data.actions[entry.lineage_id];
  return served ? <ActionIndicators served={served} /> : null;
}
