// The key figures of an area (or the city) per wijk, as CSV and as GeoJSON with the wijk geometry. Every figure
// carries its year, source and licence: in the CSV in its column title, in the GeoJSON in a `figures` and a `sources`
// member beside the features.
import { toCsv } from '@/lib/csv';
import type { AreaGeometry } from '@/lib/geo/types';
import { nameOf, type AreaFigures, type Figure } from './model';

/** A number with a decimal comma (the CSV uses `;`, as Excel in nl-NL expects); empty when unknown. */
const cellNumber = (v: number | null | undefined) => (v == null ? '' : String(v).replace('.', ','));

export type CsvLabels = { code: string; name: string; area: string; transcribed: string };

const columnTitle = (f: Figure, lng: string, labels: CsvLabels) => {
  const source = f.source
    ? ` (${f.source.credit}, ${f.source.name}, ${f.source.licence}${f.source.transcribed ? `, ${labels.transcribed}` : ''})`
    : '';
  return `${nameOf(f.indicator, lng)} ${f.year}${source}`;
};

export function figuresCsv(data: AreaFigures, lng: string, labels: CsvLabels): string {
  const header = [labels.code, labels.name, labels.area, ...data.figures.map((f) => columnTitle(f, lng, labels))];
  const rows = data.districts.map((d) => [
    d.code,
    d.name,
    d.area.name,
    ...data.figures.map((f) => cellNumber(d.values[f.indicator.key])),
  ]);
  return toCsv([header, ...rows]);
}

export function figuresGeoJson(
  data: AreaFigures,
  geometryOf: (code: string) => AreaGeometry | undefined,
  name: string,
) {
  const sources = new Map(data.figures.flatMap((f) => (f.source ? [[f.source.key, f.source] as const] : [])));
  return {
    type: 'FeatureCollection' as const,
    name,
    sources: [...sources.values()].map((s) => ({
      name: s.name,
      credit: s.credit,
      licence: s.licence,
      url: s.url,
      transcribed: s.transcribed,
    })),
    figures: data.figures.map((f) => ({
      property: `${f.indicator.key}_${f.year}`,
      name_nl: f.indicator.name_nl,
      name_en: f.indicator.name_en,
      unit: f.indicator.unit,
      year: f.year,
      source: f.source?.name ?? null,
      licence: f.source?.licence ?? null,
    })),
    features: data.districts.flatMap((d) => {
      const geometry = geometryOf(d.code);
      if (!geometry) return [];
      const values = Object.fromEntries(
        data.figures.map((f) => [`${f.indicator.key}_${f.year}`, d.values[f.indicator.key] ?? null]),
      );
      return [
        {
          type: 'Feature' as const,
          id: d.code,
          geometry,
          properties: { code: d.code, naam: d.name, gebied: d.area.name, ...values },
        },
      ];
    }),
  };
}
