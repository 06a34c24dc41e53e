import type { DistrictFeature, MapOverview } from '@/features/areas/model';
import { districtSlug } from '@/lib/district-slug';

/** The wijk of /wijk/<slug or CBS code> in the map's overview. */
export function districtOfSlug(overview: MapOverview, slug: string | undefined): DistrictFeature | undefined {
  if (!slug) return undefined;
  const key = slug.toLowerCase();
  return overview.districts.find((d) => d.code.toLowerCase() === key || districtSlug(d.name) === key);
}
