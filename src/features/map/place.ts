// A place on an entry: one point or one drawn area, GeoJSON order [lng, lat]. Pure helpers for the place picker.
import type { AreaGeometry } from '@/lib/geo/types';

export type Position = [lng: number, lat: number];
export type PointPlace = { type: 'Point'; coordinates: Position };
export type AreaPlace = { type: 'Polygon'; coordinates: number[][][] };
export type PlaceGeometry = PointPlace | AreaPlace;

const METRES_PER_DEGREE = 111_320;
/** ~1 m: more decimals only suggest precision nobody has. */
const round = (n: number) => Math.round(n * 1e6) / 1e6;

export const roundedPosition = (lng: number, lat: number): Position => [round(lng), round(lat)];

/** Moves a position a number of metres east and north. */
export function movePosition([lng, lat]: Position, eastMetres: number, northMetres: number): Position {
  return roundedPosition(
    lng + eastMetres / (METRES_PER_DEGREE * Math.cos((lat * Math.PI) / 180)),
    lat + northMetres / METRES_PER_DEGREE,
  );
}

/** A closed area from its corners, or null below three corners (not yet an area). */
export function areaFromCorners(corners: readonly Position[]): AreaPlace | null {
  const first = corners[0];
  if (!first || corners.length < 3) return null;
  return { type: 'Polygon', coordinates: [[...corners, first]] };
}

/** The corners of an area (its outer ring without the closing repeat of the first corner). */
export function cornersOf(place: PlaceGeometry | null): Position[] {
  if (place?.type !== 'Polygon') return [];
  const ring = place.coordinates[0] ?? [];
  return ring.slice(0, -1).map((p) => [p[0] ?? 0, p[1] ?? 0]);
}

/** A wijk or dorp as a place: its (largest) outer ring. */
export function districtPlace(geometry: AreaGeometry): AreaPlace {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const largest = polygons.reduce((a, b) => ((b[0]?.length ?? 0) > (a[0]?.length ?? 0) ? b : a), polygons[0] ?? []);
  return { type: 'Polygon', coordinates: largest.slice(0, 1) };
}

/** A typed coordinate (a comma or a point as decimal sign) within [min, max], or null. */
export function parseCoordinate(text: string, min: number, max: number): number | null {
  const s = text.trim().replace(',', '.');
  if (!/^-?\d{1,3}(\.\d+)?$/.test(s)) return null;
  const n = Number(s);
  return n >= min && n <= max ? n : null;
}
