import type { AreaGeometry, BBox } from './types';

/** Lines in GeoJSON order ([lng, lat] points), as a MultiLineString's coordinates. */
export type LngLatLines = number[][][];

const pointKey = (p: readonly number[]) => `${p[0]!.toFixed(6)},${p[1]!.toFixed(6)}`;
const edgeKey = (a: readonly number[], b: readonly number[]) => {
  const [ka, kb] = [pointKey(a), pointKey(b)];
  return ka < kb ? `${ka}|${kb}` : `${kb}|${ka}`;
};

const ringsOf = (geometries: readonly AreaGeometry[]) =>
  geometries.flatMap((g) => (g.type === 'Polygon' ? g.coordinates : g.coordinates.flat()));

/**
 * The outer border of a group of adjacent polygons (the districts of one area): every edge that only one polygon
 * has. Districts share their common borders vertex for vertex, so the inner borders drop out. Edges are joined into
 * lines in ring order, so the result can be drawn as one outline.
 */
export function outerEdges(geometries: readonly AreaGeometry[]): LngLatLines {
  const rings = ringsOf(geometries);
  const count = new Map<string, number>();
  for (const ring of rings)
    for (let i = 0; i < ring.length - 1; i++) {
      const key = edgeKey(ring[i]!, ring[i + 1]!);
      count.set(key, (count.get(key) ?? 0) + 1);
    }

  const lines: LngLatLines = [];
  for (const ring of rings) {
    let line: number[][] | null = null;
    for (let i = 0; i < ring.length - 1; i++) {
      const [a, b] = [ring[i]!, ring[i + 1]!];
      if (count.get(edgeKey(a, b)) === 1) {
        if (!line) {
          line = [a];
          lines.push(line);
        }
        line.push(b);
      } else {
        line = null;
      }
    }
  }
  return lines;
}

/** The bounding box around several bounding boxes; undefined for none. */
export function unionBBox(boxes: readonly BBox[]): BBox | undefined {
  if (boxes.length === 0) return undefined;
  return [
    Math.min(...boxes.map((b) => b[0])),
    Math.min(...boxes.map((b) => b[1])),
    Math.max(...boxes.map((b) => b[2])),
    Math.max(...boxes.map((b) => b[3])),
  ];
}
