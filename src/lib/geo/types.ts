// Leaflet wants [lat, lng]; GeoJSON and the database use [lng, lat]. Each order has its own branded type and
// conversion goes only through these functions.
export type LatLng = readonly [lat: number, lng: number] & { readonly __order: 'latlng' };
export type LngLat = readonly [lng: number, lat: number] & { readonly __order: 'lnglat' };
/** [minLng, minLat, maxLng, maxLat], as stored in the database. */
export type BBox = readonly [number, number, number, number];

export type Polygon = { type: 'Polygon'; coordinates: number[][][] };
export type MultiPolygon = { type: 'MultiPolygon'; coordinates: number[][][][] };
export type AreaGeometry = Polygon | MultiPolygon;

export const lngLat = (lng: number, lat: number): LngLat => [lng, lat] as unknown as LngLat;
export const toLatLng = ([lng, lat]: LngLat): LatLng => [lat, lng] as unknown as LatLng;
export const toLngLat = ([lat, lng]: LatLng): LngLat => [lng, lat] as unknown as LngLat;

/** South-west and north-east corners for Leaflet's fitBounds. */
export function bboxToBounds([minLng, minLat, maxLng, maxLat]: BBox): [LatLng, LatLng] {
  return [toLatLng(lngLat(minLng, minLat)), toLatLng(lngLat(maxLng, maxLat))];
}

/** Merges the polygons of several districts into one MultiPolygon (one shape per area on the map). */
export function mergePolygons(geometries: readonly AreaGeometry[]): MultiPolygon {
  return {
    type: 'MultiPolygon',
    coordinates: geometries.flatMap((g) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates)),
  };
}
