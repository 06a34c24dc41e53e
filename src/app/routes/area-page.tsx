import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { useParams, type LoaderFunctionArgs } from 'react-router';
import { areaQueries } from '@/features/areas/api';
import { AreaDescriptionEditor } from '@/features/areas/components/area-description-editor';
import { AreaDetails } from '@/features/areas/components/area-details';
import { AreaHeader } from '@/features/areas/components/area-header';
import { PanelBoundary } from '@/components/ui/panel-boundary';
import { PlacesPanel } from '@/features/places/components/places-panel';
import { AreaGoalIndicators } from '@/features/indicators/components/area-goal-indicators';
import { AreaPlanProgress } from '@/features/plans/components/area-plan-progress';
import { lazyAfterFirstPaint } from '@/lib/first-paint';
import { useDocumentTitle } from '@/lib/use-document-title';

import { usePlaceDistrictLink } from './place-districts';

export { PageError as ErrorBoundary } from './page-error';

// the figures are not needed for the first paint of the area page: their code loads after the map has painted
const AreaFigurePanel = lazyAfterFirstPaint(async () => (await import('./figure-panels')).AreaFigurePanel);

/** Starts loading the area page; the panel shows a skeleton (and the map stays usable) until it arrives. */
export const loader =
  (qc: QueryClient) =>
  ({ params }: LoaderFunctionArgs) => {
    void qc.prefetchQuery(areaQueries.detail(params.areaSlug!));
    return null;
  };

export function AreaPage() {
  const { areaSlug } = useParams() as { areaSlug: string };
  const { data } = useSuspenseQuery(areaQueries.detail(areaSlug));
  const districtLink = usePlaceDistrictLink();
  useDocumentTitle(data.area.name);
  return (
    <article className="panel" aria-labelledby="gebied-titel">
      <AreaHeader area={data.area} />
      {data.can_edit ? (
        <AreaDescriptionEditor slug={areaSlug} areaId={data.area.id} description={data.area.description} />
      ) : null}
      <AreaDetails detail={data} />
      <PanelBoundary fallback={null}>
        <AreaFigurePanel areaId={data.area.id} areaSlug={data.area.slug} areaName={data.area.name} />
      </PanelBoundary>
      <PanelBoundary fallback={null}>
        <AreaGoalIndicators areaId={data.area.id} />
      </PanelBoundary>
      <AreaPlanProgress areaId={data.area.id} areaName={data.area.name} />
      <PlacesPanel
        areaId={data.area.id}
        exportName={`agendakaart-plekken-${data.area.slug}`}
        districtLink={districtLink}
      />
    </article>
  );
}
