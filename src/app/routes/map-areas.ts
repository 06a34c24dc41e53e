import type { MapOverview } from '@/features/areas/model';
import type { MapArea } from '@/features/map/model';
import { outerEdges, unionBBox } from '@/lib/geo/outline';
import { mergePolygons, type BBox } from '@/lib/geo/types';

/** The areas feature's overview in the shape the map draws: per area its districts as one shape, and its border;
 *  with the plans feature's progress per area when it has arrived. */
export function toMapAreas(
  overview: MapOverview,
  progressBySlug: ReadonlyMap<string, number | null> = new Map(),
): MapArea[] {
  return overview.areas.map((area) => {
    const geometries = overview.districts.filter((d) => d.area_id === area.id).map((d) => d.geometry);
    return {
      slug: area.slug,
      name: area.name,
      colorIndex: area.color_index,
      districtCount: area.district_count,
      shape: mergePolygons(geometries),
      outline: outerEdges(geometries),
      ...(progressBySlug.has(area.slug) ? { progress: progressBySlug.get(area.slug) } : {}),
    };
  });
}

/** Where the map looks: the selected area's districts, or the whole municipality. */
export function mapFocusBBox(overview: MapOverview, areaSlug: string | undefined): BBox {
  if (!areaSlug) return overview.bbox;
  return unionBBox(overview.districts.filter((d) => d.area_slug === areaSlug).map((d) => d.bbox)) ?? overview.bbox;
}
