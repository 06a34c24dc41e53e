import type { MapOverview } from '@/features/areas/model';
import type { MapArea } from '@/features/map/model';
import { mergePolygons } from '@/lib/geo/types';

/** The areas feature's overview in the shape the map draws: one merged shape per area plus its districts. */
export function toMapAreas(overview: MapOverview): MapArea[] {
  return overview.areas.map((area) => {
    const districts = overview.districts.filter((d) => d.area_id === area.id);
    return {
      slug: area.slug,
      name: area.name,
      colorIndex: area.color_index,
      districtCount: districts.length,
      shape: mergePolygons(districts.map((d) => d.geometry)),
      districts: districts.map((d) => ({ code: d.code, name: d.name, geometry: d.geometry })),
    };
  });
}
