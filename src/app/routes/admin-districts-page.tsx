import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Skeleton } from '@/components/ui/skeleton';
import { AreaLegend } from '@/features/admin/components/area-legend';
import { ConsoleData } from '@/features/admin/components/console-data';
import { DistrictLayer } from '@/features/admin/components/district-layer';
import type { DistrictOnMap } from '@/features/admin/components/district-shape';
import { DistrictTable } from '@/features/admin/components/district-table';
import { SelectedDistrict } from '@/features/admin/components/selected-district';
import type { AdminConsole } from '@/features/admin/model';
import { areaQueries } from '@/features/areas/api';
import type { MapOverview } from '@/features/areas/model';
import { MapView } from '@/features/map/components/map-view';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useHomeMapRefresh } from './admin-map-refresh';

export { PageError as ErrorBoundary } from './page-error';

/** The wijken to draw: geometry from the map's overview, area and colour from the console (which shows a move at
 *  once, before the server has answered). */
function districtsOnMap(overview: MapOverview, data: AdminConsole): DistrictOnMap[] {
  const geometry = new Map(overview.districts.map((d) => [d.id, d.geometry]));
  const areas = new Map(data.areas.map((a) => [a.id, a]));
  return data.districts.flatMap((d) => {
    const g = geometry.get(d.id);
    const area = areas.get(d.area_id);
    return g && area
      ? [{ id: d.id, code: d.code, name: d.name, geometry: g, areaName: area.name, colorIndex: area.color_index }]
      : [];
  });
}

/** /beheer/wijken?wijk=<code> — which wijk belongs to which area: pick one on the map or in the list, move it. */
export function AdminDistrictsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.districts.title'));
  return (
    <>
      <h1 className="utrecht-heading-1">{t('admin.districts.title')}</h1>
      <p className="utrecht-paragraph">{t('admin.districts.intro')}</p>
      <ConsoleData loadingLabel={t('admin.districts.loading')}>{(data) => <DistrictsScreen data={data} />}</ConsoleData>
    </>
  );
}

function DistrictsScreen({ data }: { data: AdminConsole }) {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const overview = useQuery(areaQueries.overview());
  const refreshMap = useHomeMapRefresh();
  const selected = data.districts.find((d) => d.code === search.get('wijk')) ?? null;
  const select = (id: string) => {
    const district = data.districts.find((d) => d.id === id);
    if (district) setSearch({ wijk: district.code }, { replace: true });
  };
  const onMap = useMemo(() => (overview.data ? districtsOnMap(overview.data, data) : []), [overview.data, data]);
  return (
    <>
      <div className="admin-districts">
        <div>
          {overview.data ? (
            <MapView focus={{ bbox: overview.data.bbox }} label={t('admin.districts.mapLabelRegion')}>
              <DistrictLayer districts={onMap} selectedId={selected?.id ?? null} onSelect={select} />
            </MapView>
          ) : overview.isError ? (
            <p className="utrecht-paragraph note">{t('admin.districts.mapFailed')}</p>
          ) : (
            <Skeleton variant="map" label={t('admin.districts.mapLoading')} />
          )}
          <AreaLegend areas={data.areas} />
        </div>
        <SelectedDistrict
          district={selected}
          areas={data.areas}
          onMoved={refreshMap}
          onClear={() => setSearch({}, { replace: true })}
        />
      </div>
      <DistrictTable
        districts={data.districts}
        areas={data.areas}
        selectedId={selected?.id ?? null}
        onSelect={select}
        onMoved={refreshMap}
      />
    </>
  );
}
