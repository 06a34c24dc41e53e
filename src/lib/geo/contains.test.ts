import { describe, expect, it } from 'vitest';
import { geometryContains } from './contains';

const square = (x: number, y: number, size: number) => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];

describe('geometryContains', () => {
  it('finds a point inside a polygon and not in its hole or outside it', () => {
    const withHole = { type: 'Polygon' as const, coordinates: [square(0, 0, 10), square(4, 4, 2)] };
    expect(geometryContains(withHole, [1, 1])).toBe(true);
    expect(geometryContains(withHole, [5, 5])).toBe(false);
    expect(geometryContains(withHole, [11, 1])).toBe(false);
  });

  it('looks in every part of a multipolygon', () => {
    const two = { type: 'MultiPolygon' as const, coordinates: [[square(0, 0, 1)], [square(5, 5, 1)]] };
    expect(geometryContains(two, [5.5, 5.5])).toBe(true);
    expect(geometryContains(two, [3, 3])).toBe(false);
  });
});
