import { AREA_COLORS, areaColor } from './area-colors';
import { bboxToBounds, lngLat, mergePolygons, toLatLng, toLngLat } from './types';

test('toLatLng swaps GeoJSON order to Leaflet order and back', () => {
  const tilburg = lngLat(5.0846, 51.5546);
  expect([...toLatLng(tilburg)]).toEqual([51.5546, 5.0846]);
  expect([...toLngLat(toLatLng(tilburg))]).toEqual([5.0846, 51.5546]);
});

test('bboxToBounds gives south-west and north-east corners as [lat, lng]', () => {
  const [sw, ne] = bboxToBounds([4.947846, 51.529502, 5.21071, 51.64166]);
  expect([...sw]).toEqual([51.529502, 4.947846]);
  expect([...ne]).toEqual([51.64166, 5.21071]);
});

test('mergePolygons keeps every ring of polygons and multipolygons', () => {
  const square = [
    [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ],
  ];
  const merged = mergePolygons([
    { type: 'Polygon', coordinates: square },
    { type: 'MultiPolygon', coordinates: [square, square] },
  ]);
  expect(merged.type).toBe('MultiPolygon');
  expect(merged.coordinates).toHaveLength(3);
});

test('8 distinct area colours, wrapping safely for any index', () => {
  expect(new Set(AREA_COLORS).size).toBe(8);
  expect(areaColor(8)).toBe(areaColor(0));
  expect(areaColor(-1)).toBe(AREA_COLORS[7]);
});
