import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { Outlet, useMatch, useNavigate, useParams } from 'react-router';
import { PanelBoundary } from '@/components/ui/panel-boundary';
import { Skeleton } from '@/components/ui/skeleton';
import { paths } from '@/config/paths';
import { areaQueries } from '@/features/areas/api';
import { AreaLayer } from '@/features/map/components/area-layer';
import { MapLegend } from '@/features/map/components/map-legend';
import { MapView } from '@/features/map/components/map-view';
import { InitiativesMapOverlay } from './initiatives-map-overlay';
import { mapFocusBBox, toMapAreas } from './map-areas';

export { PageError as ErrorBoundary } from './page-error';

/** Starts loading the map data without holding up the page: the panels show skeletons until it arrives. */
export const loader = (qc: QueryClient) => () => {
  void qc.prefetchQuery(areaQueries.overview());
  return null;
};

/** The side panel (home list or area page) beside one map that stays mounted while you move between areas. */
export function MapLayout() {
  return (
    <div className="map-layout">
      <div className="map-layout__panel">
        <PanelBoundary>
          <Outlet />
        </PanelBoundary>
      </div>
      <div className="map-layout__map">
        <PanelBoundary fallback={<Skeleton variant="map" />}>
          <AreasMap />
        </PanelBoundary>
      </div>
    </div>
  );
}

function AreasMap() {
  const { areaSlug } = useParams();
  const navigate = useNavigate();
  const { data } = useSuspenseQuery(areaQueries.overview());
  const areas = useMemo(() => toMapAreas(data), [data]);
  const selectedSlug = data.areas.some((a) => a.slug === areaSlug) ? areaSlug : undefined;
  const bbox = mapFocusBBox(data, selectedSlug);
  const initiatives = useMatch(`${paths.initiatives.pattern}/*`);
  const proposing = useMatch(paths.proposeInitiative.pattern);
  // while proposing, a click on an area places the pin instead of opening the area
  const onSelect = useCallback(
    (slug: string) => (proposing ? undefined : void navigate(paths.area.href(slug))),
    [navigate, proposing],
  );
  return (
    <MapView
      focus={{ bbox }}
      legend={<MapLegend key={selectedSlug ? 'gebied' : 'stad'} areas={areas} selectedSlug={selectedSlug} />}
    >
      <AreaLayer areas={areas} selectedSlug={selectedSlug} onSelect={onSelect} />
      {initiatives ? (
        // its own boundary: while its lookups load, suspending must not hide (and so break) the Leaflet map
        <PanelBoundary fallback={null}>
          <InitiativesMapOverlay />
        </PanelBoundary>
      ) : null}
    </MapView>
  );
}
