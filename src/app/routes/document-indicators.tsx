import type { ReactNode } from 'react';
import type { DocumentDetail } from '@/features/documents/model';
import { EntryIndicators } from '@/features/indicators/components/entry-indicators';

/** Under each goal of a vision its indicators (baseline → target), under each action of a plan the indicators of the
 *  goals it serves: the indicators feature, composed into the document page. Agendas have none. */
export function entryIndicatorRenderer(detail: DocumentDetail): (entry: { lineage_id: string }) => ReactNode {
  const { kind, id } = detail.document;
  if (kind !== 'vision' && kind !== 'plan') return () => null;
  const titles = new Map(detail.sections.flatMap((s) => s.entries.map((e) => [e.lineage_id, e.title] as const)));
  return (entry) => (
    <EntryIndicators
      documentId={id}
      entry={{ lineage_id: entry.lineage_id, title: titles.get(entry.lineage_id) ?? '' }}
    />
  );
}
