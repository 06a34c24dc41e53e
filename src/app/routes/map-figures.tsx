// Loaded only when the map needs it (a figure in the URL, or an open area): the first paint of the map stays light.
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { paths } from '@/config/paths';
import type { MapOverview } from '@/features/areas/model';
import { indicatorQueries } from '@/features/indicators/api';
import { classColor, classIndex, quantileClasses } from '@/features/indicators/classes';
import { FigureLegend } from '@/features/indicators/components/figure-legend';
import { useFigureFormat } from '@/features/indicators/components/use-figure-format';
import { mapChoiceOf } from '@/features/indicators/map-choice';
import { AreaOutline } from '@/features/map/components/area-outline';
import type { DistrictFillShape } from '@/features/map/components/district-fill';
import { DistrictFillLayer } from '@/features/map/components/district-fill-layer';
import type { MapArea } from '@/features/map/model';
import { districtSlug } from '@/lib/district-slug';

/** The figure in the URL (?kaart=<key>&jaar=<year>) with its classes, and every wijk in the colour of its class. */
function useFigureShapes(overview: MapOverview) {
  const { t } = useTranslation();
  const format = useFigureFormat();
  const [search] = useSearchParams();
  const catalog = useQuery(indicatorQueries.catalog());
  const choice = mapChoiceOf(search, catalog.data);
  const data = useQuery({ ...indicatorQueries.map(choice?.indicator.key ?? '', choice?.year), enabled: !!choice });
  const figures = choice ? data.data : undefined;
  return useMemo(() => {
    if (!figures) return null;
    const classes = quantileClasses(figures.values.map((v) => v.value));
    const values = new Map(figures.values.map((v) => [v.district_id, v.value]));
    const shapes = overview.districts.map((d): DistrictFillShape => {
      const value = values.get(d.id) ?? null;
      const index = classIndex(classes, value);
      return {
        id: d.id,
        geometry: d.geometry,
        fill: classColor(index, classes.length),
        noData: index === null,
        label: t('figures.map.districtLabel', {
          name: d.name,
          value: format(value, figures.indicator.unit, figures.indicator.decimals),
        }),
      };
    });
    return { figures, classes, shapes };
  }, [figures, overview, t, format]);
}

type FigureMapLayerProps = { overview: MapOverview; areas: MapArea[]; selectedDistrictId?: string };

/** The map coloured by the figure in the URL: every wijk in the colour of its class over the areas, the area borders
 *  on top; a click opens the wijk (keyboard and screen reader users have the table beside the map). */
export function FigureMapLayer({ overview, areas, selectedDistrictId }: FigureMapLayerProps) {
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const map = useFigureShapes(overview);
  if (!map) return null;
  const open = (id: string) => {
    const d = overview.districts.find((x) => x.id === id);
    if (d) void navigate({ pathname: paths.district.href(districtSlug(d.name)), search: search.toString() });
  };
  return (
    <>
      <DistrictFillLayer shapes={map.shapes} selectedId={selectedDistrictId} onSelect={open} />
      {areas.map((area) => (
        <AreaOutline key={area.slug} area={area} state="normal" />
      ))}
    </>
  );
}

/** The legend of the map coloured by a figure (nothing until its figures are there). */
export function FigureMapLegend({ overview }: { overview: MapOverview }) {
  const map = useFigureShapes(overview);
  if (!map) return null;
  const { figures, classes } = map;
  return (
    <FigureLegend
      key={`${figures.indicator.key}-${String(figures.year)}`}
      indicator={figures.indicator}
      year={figures.year ?? 0}
      source={figures.source}
      classes={classes}
      noDataCount={figures.values.filter((v) => v.value === null).length}
    />
  );
}

type AreaDistrictsLayerProps = { overview: MapOverview; areaSlug: string; selectedDistrictId?: string };

/** The wijken of the open area as shapes of their own over its colour: clickable and reachable with Tab, each
 *  opening its wijk page; the open wijk has a dark border. */
export function AreaDistrictsLayer({ overview, areaSlug, selectedDistrictId }: AreaDistrictsLayerProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const shapes = useMemo(
    () =>
      overview.districts
        .filter((d) => d.area_slug === areaSlug)
        .map((d) => ({
          id: d.id,
          geometry: d.geometry,
          fill: null,
          label: t(d.kind === 'dorp' ? 'districts.mapLabelVillage' : 'districts.mapLabel', { name: d.name }),
        })),
    [overview, areaSlug, t],
  );
  const open = (id: string) => {
    const d = overview.districts.find((x) => x.id === id);
    if (d) void navigate(paths.district.href(districtSlug(d.name)));
  };
  return <DistrictFillLayer shapes={shapes} selectedId={selectedDistrictId} focusable onSelect={open} />;
}
