import type { MapOverview } from '@/features/areas/model';
import type { MapArea } from '@/features/map/model';
import { outerEdges, unionBBox } from '@/lib/geo/outline';
import { mergePolygons, type BBox } from '@/lib/geo/types';

/** The areas feature's overview in the shape the map draws: per area its districts as one shape, and its border. */
export function toMapAreas(overview: MapOverview): MapArea[] {
  return overview.areas.map((area) => {
    const geometries = overview.districts.filter((d) => d.area_id === area.id).map((d) => d.geometry);
    return {
      slug: area.slug,
      name: area.name,
      colorIndex: area.color_index,
      districtCount: area.district_count,
      shape: mergePolygons(geometries),
      outline: outerEdges(geometries),
    };
  });
}

/** With the plans feature's progress per area, once it has arrived (the shapes are not computed again). */
export function withProgress(
  areas: MapArea[],
  progress: readonly { slug: string; progress: number | null }[] | undefined,
): MapArea[] {
  if (!progress) return areas;
  const bySlug = new Map(progress.map((p) => [p.slug, p.progress]));
  return areas.map((area) => (bySlug.has(area.slug) ? { ...area, progress: bySlug.get(area.slug) } : area));
}

/** Where the map looks: the selected area's districts, or the whole municipality. */
export function mapFocusBBox(overview: MapOverview, areaSlug: string | undefined): BBox {
  if (!areaSlug) return overview.bbox;
  return unionBBox(overview.districts.filter((d) => d.area_slug === areaSlug).map((d) => d.bbox)) ?? overview.bbox;
}
