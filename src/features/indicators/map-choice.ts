// Which figure colours the map, kept in the URL so a link shows the same map: ?kaart=<indicator key>&jaar=<year>.
// Without ?kaart the map shows the areas in their colours, as always.
import { latestYear, type Catalog, type CatalogIndicator } from './model';

export const MAP_PARAMS = { indicator: 'kaart', year: 'jaar' } as const;

export type MapChoice = { indicator: CatalogIndicator; year: number } | null;

/** The choice in the URL, checked against the catalog: an unknown figure means no choice, an unknown or missing year
 *  the newest year with data. */
export function mapChoiceOf(search: URLSearchParams, catalog: Catalog | undefined): MapChoice {
  const key = search.get(MAP_PARAMS.indicator);
  const indicator = key ? catalog?.indicators.find((i) => i.key === key) : undefined;
  if (!indicator) return null;
  const asked = Number(search.get(MAP_PARAMS.year));
  const years = indicator.years.filter((y) => y.with_value > 0).map((y) => y.year);
  const year = years.includes(asked) ? asked : latestYear(indicator);
  return year === null ? null : { indicator, year };
}

/** The URL after choosing a figure (null: the areas again) or a year; other parameters stay. */
export function withMapChoice(search: URLSearchParams, key: string | null, year?: number): URLSearchParams {
  const next = new URLSearchParams(search);
  if (key) next.set(MAP_PARAMS.indicator, key);
  else next.delete(MAP_PARAMS.indicator);
  if (key && year) next.set(MAP_PARAMS.year, String(year));
  else next.delete(MAP_PARAMS.year);
  return next;
}
