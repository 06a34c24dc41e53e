import type { QueryClient } from '@tanstack/react-query';
import { useParams, useSearchParams, type LoaderFunctionArgs } from 'react-router';
import { versionQueries } from '@/features/versions/api';
import { DocumentVersions } from '@/features/versions/components/document-versions';

export { PageError as ErrorBoundary } from './page-error';

export const loader =
  (qc: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    // an unknown document is a 404 page; the comparison and log load inside their own panels
    await qc.ensureQueryData(versionQueries.document(params.slug!));
    return null;
  };

const versionParam = (value: string | null) => (value && /^\d+$/.test(value) ? Number(value) : null);

/** /documenten/:slug/versies?van=1&naar=2 — the chosen pair lives in the URL so a comparison can be shared. */
export function DocumentVersionsPage() {
  const { slug } = useParams() as { slug: string };
  const [search, setSearch] = useSearchParams();
  const query = { from: versionParam(search.get('van')), to: versionParam(search.get('naar')) };
  return (
    <div className="page page--wide">
      <DocumentVersions
        slug={slug}
        query={query}
        onCompare={({ from, to }) => setSearch({ van: String(from), naar: String(to) })}
      />
    </div>
  );
}
