import { describe, expect, it } from 'vitest';
import { areaFromCorners, cornersOf, districtPlace, movePosition, parseCoordinate, type Position } from './place';

describe('place helpers', () => {
  it('moves a point 50 m north and east in Tilburg by the right number of degrees', () => {
    const [lng, lat] = movePosition([5.08, 51.56], 50, 50);
    expect(lat - 51.56).toBeCloseTo(50 / 111_320, 6);
    // a degree of longitude is shorter at 51.5° north: about 69 km
    expect((lng - 5.08) * 111_320 * Math.cos((51.56 * Math.PI) / 180)).toBeCloseTo(50, 0);
  });

  it('makes an area only from three corners on, closed, and reads the corners back', () => {
    const corners: Position[] = [
      [5.0, 51.5],
      [5.1, 51.5],
      [5.1, 51.6],
    ];
    expect(areaFromCorners(corners.slice(0, 2))).toBeNull();
    const area = areaFromCorners(corners);
    expect(area?.coordinates[0]).toEqual([...corners, [5.0, 51.5]]);
    expect(cornersOf(area)).toEqual(corners);
    expect(cornersOf({ type: 'Point', coordinates: [5, 51] })).toEqual([]);
  });

  it('takes the largest polygon of a district as its place', () => {
    const small = [
      [
        [0, 0],
        [1, 0],
        [0, 1],
        [0, 0],
      ],
    ];
    const large = [
      [
        [0, 0],
        [2, 0],
        [2, 2],
        [0, 2],
        [0, 0],
      ],
    ];
    expect(districtPlace({ type: 'MultiPolygon', coordinates: [small, large] }).coordinates).toEqual(large);
    expect(districtPlace({ type: 'Polygon', coordinates: small }).coordinates).toEqual(small);
  });

  it('reads typed coordinates with a comma or a point and refuses the rest', () => {
    expect(parseCoordinate(' 51,5612 ', -90, 90)).toBe(51.5612);
    expect(parseCoordinate('5.0791', -180, 180)).toBe(5.0791);
    expect(parseCoordinate('91', -90, 90)).toBeNull();
    expect(parseCoordinate('51°33′', -90, 90)).toBeNull();
    expect(parseCoordinate('', -90, 90)).toBeNull();
  });
});
