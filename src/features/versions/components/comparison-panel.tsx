import { useSuspenseQueries } from '@tanstack/react-query';
import { versionQueries } from '../api';
import { useFormatContext } from '../use-format-context';
import { ComparisonView } from './comparison-view';

type ComparisonPanelProps = { slug: string; from: { id: string; no: number }; to: { id: string; no: number } };

/** Loads the comparison and both versions (for section and link titles) and shows what changed. */
export function ComparisonPanel({ slug, from, to }: ComparisonPanelProps) {
  const [comparison, fromDoc, toDoc] = useSuspenseQueries({
    queries: [
      versionQueries.compare(from.id, to.id),
      versionQueries.document(slug, from.no),
      versionQueries.document(slug, to.no),
    ],
  });
  const ctx = useFormatContext([fromDoc.data, toDoc.data]);
  return <ComparisonView comparison={comparison.data} ctx={ctx} />;
}
