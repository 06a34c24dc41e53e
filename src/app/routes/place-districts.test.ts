import { districtOfPlace } from './place-districts';

const square = (x: number): { type: 'Polygon'; coordinates: [number, number][][] } => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, 51],
      [x + 1, 51],
      [x + 1, 52],
      [x, 52],
      [x, 51],
    ],
  ],
});
const districts = [
  { name: 'West', geometry: square(4) },
  { name: 'Oost', geometry: square(5) },
];

test('a place lies in the wijk that holds its point, or the middle of its area', () => {
  const point = {
    geometry: { type: 'Point' as const, coordinates: [5.5, 51.5] as [number, number] },
    bbox: [5.5, 51.5, 5.5, 51.5] as [number, number, number, number],
  };
  expect(districtOfPlace(point, districts)?.name).toBe('Oost');
  const area = { geometry: square(4.1), bbox: [4.1, 51.1, 4.5, 51.9] as [number, number, number, number] };
  expect(districtOfPlace(area, districts)?.name).toBe('West');
  const outside = {
    ...point,
    geometry: { type: 'Point' as const, coordinates: [9, 9] as [number, number] },
    bbox: [9, 9, 9, 9] as [number, number, number, number],
  };
  expect(districtOfPlace(outside, districts)).toBeUndefined();
});
