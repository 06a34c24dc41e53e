import { useQuery } from '@tanstack/react-query';
import { useCallback, type ReactNode } from 'react';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { areaQueries } from '@/features/areas/api';
import type { DistrictFeature } from '@/features/areas/model';
import type { PlaceFeature } from '@/features/places/model';
import { districtSlug } from '@/lib/district-slug';
import { geometryContains } from '@/lib/geo/contains';

/** The wijk a place lies in: the one holding its point, or the middle of its area. */
export function districtOfPlace(
  place: Pick<PlaceFeature, 'geometry' | 'bbox'>,
  districts: Pick<DistrictFeature, 'geometry' | 'name'>[],
) {
  const [a, b, c, d] = place.bbox;
  const centre: [number, number] =
    place.geometry.type === 'Point'
      ? [place.geometry.coordinates[0], place.geometry.coordinates[1]]
      : [(a + c) / 2, (b + d) / 2];
  return districts.find((x) => geometryContains(x.geometry, centre));
}

/** For the places list: the wijk a place lies in (computed from the wijk geometry of the map's overview), as a link
 *  to the wijk page. */
export function usePlaceDistrictLink(): (place: PlaceFeature) => ReactNode {
  const { data } = useQuery(areaQueries.overview());
  return useCallback(
    (place: PlaceFeature) => {
      const district = districtOfPlace(place, data?.districts ?? []);
      return district ? (
        <Link to={paths.district.href(districtSlug(district.name))} className="utrecht-link">
          {district.name}
        </Link>
      ) : null;
    },
    [data],
  );
}
