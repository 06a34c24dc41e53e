import { outerEdges, unionBBox } from './outline';
import type { Polygon } from './types';

const square = (x: number, y: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, y],
      [x + 1, y],
      [x + 1, y + 1],
      [x, y + 1],
      [x, y],
    ],
  ],
});

test('the shared border of two neighbouring districts is not part of the area outline', () => {
  const lines = outerEdges([square(0, 0), square(1, 0)]);
  const edges = lines.flatMap((l) => l.slice(1).map((p, i) => [l[i], p]));
  expect(edges).toHaveLength(6); // 8 edges, minus the shared one counted from both sides
  const shared = edges.filter(([a, b]) => a![0] === 1 && b![0] === 1);
  expect(shared).toEqual([]);
});

test('a lone district keeps its whole ring as one line', () => {
  const lines = outerEdges([square(0, 0)]);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toHaveLength(5);
});

test('a border shared in opposite directions and with float noise below a micrometre still counts as shared', () => {
  const a = square(0, 0);
  const b: Polygon = { type: 'Polygon', coordinates: [square(1, 0).coordinates[0]!.map(([x, y]) => [x! + 1e-9, y!])] };
  const edges = outerEdges([a, b]).reduce((n, l) => n + l.length - 1, 0);
  expect(edges).toBe(6);
});

test('unionBBox spans all boxes', () => {
  expect(
    unionBBox([
      [5, 51, 5.1, 51.1],
      [4.9, 51.05, 5.05, 51.2],
    ]),
  ).toEqual([4.9, 51, 5.1, 51.2]);
  expect(unionBBox([])).toBeUndefined();
});
