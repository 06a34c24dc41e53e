import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { areaQueries } from '@/features/areas/api';
import type { MapOverview } from '@/features/areas/model';
import { keepOverview } from '@/features/areas/overview-cache';

type Moved = { id: string; area_id: string };

/** The overview with one wijk in another area: its area (and slug) and both areas' wijk counts. */
export function withDistrictMoved(overview: MapOverview, moved: Moved): MapOverview {
  const area = overview.areas.find((a) => a.id === moved.area_id);
  if (!area) return overview;
  const districts = overview.districts.map((d) =>
    d.id === moved.id ? { ...d, area_id: area.id, area_slug: area.slug } : d,
  );
  const areas = overview.areas.map((a) => ({
    ...a,
    district_count: districts.filter((d) => d.area_id === a.id).length,
  }));
  return { ...overview, areas, districts };
}

/** After an admin changed areas or moved a wijk: the home map shows it at once (also on the next visit, which
 *  starts from the copy kept in localStorage), and the map data is fetched again. */
export function useHomeMapRefresh() {
  const qc = useQueryClient();
  return useCallback(
    (moved?: Moved) => {
      const { queryKey } = areaQueries.overview();
      if (moved) {
        const next = qc.setQueryData(queryKey, (old) => (old ? withDistrictMoved(old, moved) : old));
        if (next) keepOverview(next);
      }
      // 'all': also when no map is on screen, so the kept copy is replaced by the server's
      void qc.invalidateQueries({ queryKey: areaQueries.all(), refetchType: 'all' });
      // and when the map was not loaded in this tab at all: fetch it, which replaces the kept copy
      void qc.prefetchQuery(areaQueries.overview());
    },
    [qc],
  );
}
