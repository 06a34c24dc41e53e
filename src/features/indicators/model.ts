// Figures per wijk (docs/api.md, issue 14): the shapes the RPCs answer, and pure helpers to name and show them.
export type Unit = 'count' | 'percent' | 'eur_thousand' | 'per_km2' | 'hectare' | 'persons_per_household';
export const UNITS: Unit[] = ['count', 'percent', 'eur_thousand', 'per_km2', 'hectare', 'persons_per_household'];
export type Aggregation = 'sum' | 'weighted_mean';

export type Source = {
  key: string;
  name: string;
  publisher: string;
  credit: string;
  licence: string;
  url: string | null;
  transcribed: boolean;
  note_nl: string;
  note_en: string;
};

export type Indicator = {
  id: string;
  key: string;
  name_nl: string;
  name_en: string;
  unit: Unit;
  aggregation: Aggregation;
  decimals: number;
  is_key_figure: boolean;
  sort_order: number;
  cbs_columns: string[];
  note_nl: string;
  note_en: string;
  base: { key: string; name_nl: string; name_en: string } | null;
};

/** An indicator over a set of wijken in one year (private.indicator_aggregate). */
export type Aggregate = {
  year: number;
  value: number | null;
  district_count: number;
  with_value: number;
  missing: { code: string; name: string }[];
  base_year: number | null;
  base_share: number | null;
};

export type Figure = { indicator: Indicator; year: number; source: Source | null; scope: Aggregate; city: Aggregate };

export type FigureDistrict = {
  id: string;
  code: string;
  name: string;
  kind: 'wijk' | 'dorp';
  area: { slug: string; name: string };
  values: Record<string, number | null>;
};
export type AreaFigures = {
  area: { id: string; slug: string; name: string } | null;
  figures: Figure[];
  districts: FigureDistrict[];
};
export type DistrictFigures = { district_id: string; figures: Figure[] };

/** The name of an indicator (or anything with name_nl / name_en) in the reader's language. */
export const nameOf = (x: { name_nl: string; name_en: string }, lng: string) => (lng === 'en' ? x.name_en : x.name_nl);
export const noteOf = (x: { note_nl: string; note_en: string }, lng: string) => (lng === 'en' ? x.note_en : x.note_nl);

export type IndicatorYear = { year: number; with_value: number; district_count: number; source: Source | null };
export type CatalogIndicator = Indicator & { years: IndicatorYear[] };
export type Catalog = { indicators: CatalogIndicator[]; sources: Source[]; district_count: number };

export type MapValue = {
  district_id: string;
  code: string;
  name: string;
  kind: 'wijk' | 'dorp';
  area_id: string;
  area_slug: string;
  area_name: string;
  value: number | null;
};
export type IndicatorMap = {
  indicator: Indicator;
  year: number | null;
  years: number[];
  source: Source | null;
  values: MapValue[];
  city: Aggregate | null;
};

/** The newest year of an indicator with at least one value, or null. */
export function latestYear(indicator: CatalogIndicator): number | null {
  const years = indicator.years.filter((y) => y.with_value > 0).map((y) => y.year);
  return years.length ? Math.max(...years) : null;
}
