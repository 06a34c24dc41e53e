import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { Outlet, useNavigate, useParams } from 'react-router';
import { PanelBoundary } from '@/components/ui/panel-boundary';
import { paths } from '@/config/paths';
import { areaQueries } from '@/features/areas/api';
import { AreaLayer } from '@/features/map/components/area-layer';
import { MapView } from '@/features/map/components/map-view';
import { toMapAreas } from './map-areas';

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
        <PanelBoundary>
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
  const selected = data.areas.find((a) => a.slug === areaSlug);
  const bbox = selected ? areaBBox(data, selected.id) : data.bbox;
  const onSelect = useCallback((slug: string) => void navigate(paths.area.href(slug)), [navigate]);
  return (
    <MapView focus={{ bbox }}>
      <AreaLayer areas={areas} selectedSlug={selected?.slug} onSelect={onSelect} />
    </MapView>
  );
}

function areaBBox(data: Parameters<typeof toMapAreas>[0], areaId: string) {
  const boxes = data.districts.filter((d) => d.area_id === areaId).map((d) => d.bbox);
  return [
    Math.min(...boxes.map((b) => b[0])),
    Math.min(...boxes.map((b) => b[1])),
    Math.max(...boxes.map((b) => b[2])),
    Math.max(...boxes.map((b) => b[3])),
  ] as const;
}
