// The figures beside the map with their downloads, loaded after the page itself (not needed for its first paint):
// the downloads get the wijk geometry from the map's overview (the areas feature), composed here.
import { useQuery } from '@tanstack/react-query';
import { areaQueries } from '@/features/areas/api';
import { AreaProfile } from '@/features/indicators/components/area-profile';
import { FigureExports } from '@/features/indicators/components/figure-exports';
import { FigureMapPanel } from '@/features/indicators/components/figure-map-panel';

function useGeometryOf() {
  const { data } = useQuery(areaQueries.overview());
  return (code: string) => data?.districts.find((d) => d.code === code)?.geometry;
}

export function CityFigurePanel() {
  const geometryOf = useGeometryOf();
  return (
    <FigureMapPanel
      exports={<FigureExports areaId={null} fileName="agendakaart-kerncijfers-tilburg" geometryOf={geometryOf} />}
    />
  );
}

type AreaFigurePanelProps = { areaId: string; areaSlug: string; areaName: string };

export function AreaFigurePanel({ areaId, areaSlug, areaName }: AreaFigurePanelProps) {
  const geometryOf = useGeometryOf();
  return (
    <AreaProfile
      areaId={areaId}
      areaName={areaName}
      exports={
        <FigureExports areaId={areaId} fileName={`agendakaart-kerncijfers-${areaSlug}`} geometryOf={geometryOf} />
      }
    />
  );
}
