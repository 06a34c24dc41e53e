import type { QueryClient } from '@tanstack/react-query';
import { useParams, type LoaderFunctionArgs } from 'react-router';
import { planQueries } from '@/features/plans/api';
import { PlanTimeline } from '@/features/plans/components/plan-timeline';

export { PageError as ErrorBoundary } from './page-error';

export const loader =
  (qc: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const plan = await qc.ensureQueryData(planQueries.document(params.slug!));
    void qc.prefetchQuery(planQueries.progress(plan.document.area.id));
    return null;
  };

/** /documenten/:slug/tijdlijn — the actions of a plan in time, with progress per plan, area and theme. */
export function PlanTimelinePage() {
  const { slug } = useParams() as { slug: string };
  return (
    <div className="page page--wide">
      <PlanTimeline slug={slug} />
    </div>
  );
}
