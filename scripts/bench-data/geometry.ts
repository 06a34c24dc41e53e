// Point-in-polygon and deterministic points inside Tilburg's districts, for the seed and the benchmark data.
export type Position = [number, number];
export type Geometry =
  | { type: 'Polygon'; coordinates: Position[][] }
  | { type: 'MultiPolygon'; coordinates: Position[][][] };
export type DistrictShape = { code: string; area: string; geometry: Geometry };

function insideRings(lng: number, lat: number, rings: Position[][]): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0; i < ring.length - 1; i++) {
      const [x1, y1] = ring[i]!;
      const [x2, y2] = ring[i + 1]!;
      if (y1 > lat !== y2 > lat && lng < ((x2 - x1) * (lat - y1)) / (y2 - y1) + x1) inside = !inside;
    }
  }
  return inside;
}

export function insideGeometry(lng: number, lat: number, g: Geometry): boolean {
  return g.type === 'Polygon'
    ? insideRings(lng, lat, g.coordinates)
    : g.coordinates.some((p) => insideRings(lng, lat, p));
}

export function bboxOf(g: Geometry): [number, number, number, number] {
  const points = (g.type === 'Polygon' ? g.coordinates : g.coordinates.flat()).flat();
  const lngs = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  return [Math.min(...lngs), Math.min(...lats), Math.max(...lngs), Math.max(...lats)];
}

/** mulberry32: a small, fast, seeded PRNG, so the same seed gives the same data on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A point inside the district, drawn uniformly from its bounding box until it falls inside (6 decimals). */
export function randomPointIn(d: DistrictShape, random: () => number): Position {
  const [minX, minY, maxX, maxY] = bboxOf(d.geometry);
  for (let attempt = 0; attempt < 10_000; attempt++) {
    const p: Position = [
      Number((minX + (maxX - minX) * random()).toFixed(6)),
      Number((minY + (maxY - minY) * random()).toFixed(6)),
    ];
    if (insideGeometry(p[0], p[1], d.geometry)) return p;
  }
  throw new Error(`no point found inside ${d.code}`);
}
