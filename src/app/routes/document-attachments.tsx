import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { attachmentQueries } from '@/features/attachments/api';
import { EntryAttachments } from '@/features/attachments/components/entry-attachments';
import type { DocumentDetail } from '@/features/documents/model';

const TARGET = { agenda: 'agenda_item', plan: 'plan_action' } as const;

/** The photos and documents under the agenda items or plan actions of a document, all in one request; the area
 *  team adds them where it may edit (a plan's progress also after adoption). Visions have none. */
export function useEntryAttachments(detail: DocumentDetail): (entry: { lineage_id: string }) => ReactNode {
  const kind = detail.document.kind === 'vision' ? null : TARGET[detail.document.kind];
  const lineages = kind ? detail.sections.flatMap((s) => s.entries.map((e) => e.lineage_id)) : [];
  const all = useQuery({ ...attachmentQueries.ofTargets(kind ?? 'agenda_item', lineages), enabled: kind !== null });
  const canAdd = detail.can_edit || (kind === 'plan_action' && detail.can_update_progress);
  return (entry) =>
    kind ? (
      <EntryAttachments
        target={{ kind, id: entry.lineage_id }}
        items={all.data?.[entry.lineage_id] ?? []}
        canAdd={canAdd}
      />
    ) : null;
}
