import { useQuery, useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { lazy, startTransition, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Outlet, useMatch, useNavigate, useParams, useSearchParams } from 'react-router';
import { PanelBoundary } from '@/components/ui/panel-boundary';
import { Skeleton } from '@/components/ui/skeleton';
import { paths } from '@/config/paths';
import { areaQueries } from '@/features/areas/api';
import { AreaLayer } from '@/features/map/components/area-layer';
import { MapLegend } from '@/features/map/components/map-legend';
import { MapView } from '@/features/map/components/map-view';
import { PlacesLayer } from '@/features/places/components/places-layer';
import { PlacesLegend } from '@/features/places/components/places-legend';
import { planQueries } from '@/features/plans/api';
import { MAP_PARAMS } from '@/features/indicators/map-choice';
import type { MapOverview } from '@/features/areas/model';
import { mapFocusBBox, toMapAreas, withProgress } from './map-areas';
import { districtOfSlug } from './map-districts';
import './map-layout.css';

export { PageError as ErrorBoundary } from './page-error';

// the wijken as shapes of their own (coloured by a figure, or selectable in the open area) load when needed
const FigureMapLayer = lazy(async () => ({ default: (await import('./map-figures')).FigureMapLayer }));
const FigureMapLegend = lazy(async () => ({ default: (await import('./map-figures')).FigureMapLegend }));
const AreaDistrictsLayer = lazy(async () => ({ default: (await import('./map-figures')).AreaDistrictsLayer }));

// only the initiative routes draw initiatives: clustering (supercluster) need not load before the map shows
const InitiativesMapOverlay = lazy(async () => ({
  default: (await import('./initiatives-map-overlay')).InitiativesMapOverlay,
}));

/** Starts loading the map data without holding up the page: the panels show skeletons until it arrives. */
export const loader = (qc: QueryClient) => () => {
  void qc.prefetchQuery(areaQueries.overview());
  return null;
};

/** The side panel (home list or area page) beside one map that stays mounted while you move between areas. */
export function MapLayout() {
  const [panelShown, setPanelShown] = useState(false);
  return (
    <div className="map-layout">
      <div className="map-layout__panel">
        <PanelBoundary>
          <Outlet />
          <WhenShown onShown={() => setPanelShown(true)} />
        </PanelBoundary>
      </div>
      <div className="map-layout__map">
        <PanelBoundary fallback={<Skeleton variant="map" />}>
          <AreasMap panelShown={panelShown} />
        </PanelBoundary>
      </div>
    </div>
  );
}

/** Beside the page in the same Suspense boundary, so it mounts when the page's content does, not its skeleton. */
function WhenShown({ onShown }: { onShown: () => void }) {
  const shown = useRef(onShown);
  useEffect(() => shown.current(), []);
  return null;
}

/** How long the map waits for the page beside it (one that fails or waits long must not keep the map blank). */
const PANEL_WAIT_MS = 1500;

/** The page beside the map is what a person reads first: the map is drawn in the render after the page's content
 *  (its shapes and Leaflet's set-up take a few hundred milliseconds on a phone, and drawn first they held the page
 *  back: React renders a transition before a suspended page's retry), with a skeleton meanwhile. */
function AreasMap({ panelShown }: { panelShown: boolean }) {
  const { data } = useSuspenseQuery(areaQueries.overview());
  const [painted, setPainted] = useState(false);
  const [waited, setWaited] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setWaited(true), PANEL_WAIT_MS);
    return () => clearTimeout(timer);
  }, []);
  const draw = panelShown || waited;
  useEffect(() => {
    if (!draw) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => startTransition(() => setPainted(true)))));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [draw]);
  return painted ? <DrawnAreasMap data={data} /> : <Skeleton variant="map" />;
}

function DrawnAreasMap({ data }: { data: MapOverview }) {
  const { areaSlug, districtSlug } = useParams();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  // optional: the map does not wait for it, and shows progress per area in tooltips and legend once it is there
  const { data: progress } = useQuery(planQueries.progress());
  const shapes = useMemo(() => toMapAreas(data), [data]);
  const areas = useMemo(() => withProgress(shapes, progress?.areas), [shapes, progress]);
  // on a wijk page (/wijk/<slug>) its area is the open one, and the wijk is marked in it
  const district = districtOfSlug(data, districtSlug);
  const selectedSlug = district?.area_slug ?? (data.areas.some((a) => a.slug === areaSlug) ? areaSlug : undefined);
  const bbox = mapFocusBBox(data, selectedSlug);
  const figureMode = search.has(MAP_PARAMS.indicator);
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
      legend={
        figureMode ? (
          <Suspense fallback={null}>
            <FigureMapLegend overview={data} />
          </Suspense>
        ) : (
          <MapLegend
            key={selectedSlug ? 'gebied' : 'stad'}
            areas={areas}
            selectedSlug={selectedSlug}
            extra={<PlacesLegend />}
          />
        )
      }
    >
      <AreaLayer areas={areas} selectedSlug={selectedSlug} onSelect={onSelect} />
      {figureMode || (selectedSlug && !proposing) ? (
        <PanelBoundary fallback={null}>
          {figureMode ? (
            <FigureMapLayer overview={data} areas={areas} selectedDistrictId={district?.id} />
          ) : (
            <AreaDistrictsLayer overview={data} areaSlug={selectedSlug!} selectedDistrictId={district?.id} />
          )}
        </PanelBoundary>
      ) : null}
      {/* while proposing, places are only drawn: a tap on one places the pin there instead of opening its popup */}
      <PlacesLayer
        key={proposing ? 'drawn' : 'interactive'}
        areaId={data.areas.find((a) => a.slug === selectedSlug)?.id}
        interactive={!proposing}
      />
      {initiatives ? (
        // its own boundary: while its code and lookups load, suspending must not hide (and so break) the Leaflet map
        <PanelBoundary fallback={null}>
          <InitiativesMapOverlay />
        </PanelBoundary>
      ) : null}
    </MapView>
  );
}
