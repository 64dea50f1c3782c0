import type { DecodedFeature, DecodedLayer } from './mvt-decode.ts';

/**
 * How close two encodings of the same tile must be. Two encoders agree on what a tile contains but
 * not on every integer vertex: PostGIS snaps to the grid before clipping, geojson-vt clips then
 * rounds; ST_AsMVTGeom also runs wagyu, which merges a hole that touches the clip box into the
 * exterior ring where geojson-vt keeps exterior and hole apart (the same filled region, drawn with
 * other rings). So polygons are compared as regions, lines and points by their vertices.
 */
export interface CompareTolerance {
  /** Lines and points: largest distance (tile units) from a vertex of one to the other geometry. */
  maxDistance: number;
  /**
   * Lines: the length may differ by this share or by 2 × maxDistance per part (its two ends),
   * whichever is larger. Polygons: the area of the symmetric difference may be this share of the
   * area or `absolute` × perimeter, whichever is larger.
   */
  relative: number;
  /** Polygons: tile units every outline vertex may move (sweeping up to this × perimeter). */
  absolute: number;
  /** A line or polygon this small (length, or √area, in tile units) may be in one tile only. */
  sliver: number;
  /** Tile buffer: a feature lying within `maxDistance` of its edge may be in one tile only. */
  buffer: number;
}

/**
 * The tolerance of the parity test. 1.5 units: each encoder rounds a real coordinate to the
 * nearest integer at a different step, and two roundings of one point can land on diagonal
 * neighbours √2 apart. 0.5 × perimeter: rounding moves every vertex by at most half a unit.
 * 1 %: the slack for the rare vertex wagyu drops or moves more when it repairs a ring.
 */
export const PARITY_TOLERANCE: CompareTolerance = {
  maxDistance: 1.5,
  relative: 0.01,
  absolute: 0.5,
  sliver: 2,
  buffer: 64,
};

type Part = [number, number][];

/** Shoelace area of one closed ring, signed by orientation. */
const ringArea = (ring: Part) => {
  let s = 0;
  for (let i = 1; i < ring.length; i++) {
    const [x0, y0] = ring[i - 1] as [number, number];
    const [x1, y1] = ring[i] as [number, number];
    s += x0 * y1 - x1 * y0;
  }
  return s / 2;
};

/** Signed area summed over rings (MVT convention: exterior rings > 0): the filled area. */
export const polygonArea = (rings: Part[]) => rings.reduce((sum, ring) => sum + ringArea(ring), 0);

export const lineLength = (lines: Part[]) =>
  lines.reduce((sum, line) => {
    let s = 0;
    for (let i = 1; i < line.length; i++) {
      const [x0, y0] = line[i - 1] as [number, number];
      const [x1, y1] = line[i] as [number, number];
      s += Math.hypot(x1 - x0, y1 - y0);
    }
    return sum + s;
  }, 0);

/** The x-intervals a horizontal line at `y` runs inside the rings (non-zero winding: holes subtract). */
function filledIntervals(rings: Part[], y: number): [number, number][] {
  const crossings: [number, number][] = [];
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i++) {
      const [x0, y0] = ring[i - 1] as [number, number];
      const [x1, y1] = ring[i] as [number, number];
      if (y0 <= y === y1 <= y) continue;
      crossings.push([x0 + ((y - y0) * (x1 - x0)) / (y1 - y0), y1 > y0 ? 1 : -1]);
    }
  }
  crossings.sort((a, b) => a[0] - b[0]);
  const intervals: [number, number][] = [];
  let winding = 0;
  let start = 0;
  for (const [x, w] of crossings) {
    if (winding === 0) start = x;
    winding += w;
    if (winding === 0 && x > start) intervals.push([start, x]);
  }
  return intervals;
}

/** Length of the points covered by exactly one of two sorted, disjoint interval lists. */
function xorLength(a: [number, number][], b: [number, number][]): number {
  const events = [...a, ...b].flatMap(([s, e]) => [s, e]).sort((p, q) => p - q);
  const inside = (list: [number, number][], x: number) => list.some(([s, e]) => x > s && x < e);
  let length = 0;
  for (let i = 1; i < events.length; i++) {
    const [x0, x1] = [events[i - 1] as number, events[i] as number];
    const mid = (x0 + x1) / 2;
    if (x1 > x0 && inside(a, mid) !== inside(b, mid)) length += x1 - x0;
  }
  return length;
}

/**
 * Area of the symmetric difference of two polygon geometries (tile units²), measured along
 * horizontal lines through the middle of each row of the integer grid. Vertices are integers, so
 * within a row every edge is straight and the midpoint rule is exact but where edges of the two
 * geometries cross. Robust to the degenerate rings clipping makes (edges along the buffer box).
 */
export function symmetricDifferenceArea(a: Part[], b: Part[]): number {
  let [minY, maxY] = [Infinity, -Infinity];
  for (const ring of [...a, ...b])
    for (const [, y] of ring) [minY, maxY] = [Math.min(minY, y), Math.max(maxY, y)];
  let area = 0;
  for (let y = Math.floor(minY) + 0.5; y < maxY; y++) {
    area += xorLength(filledIntervals(a, y), filledIntervals(b, y));
  }
  return area;
}

const segmentDistance = (p: [number, number], a: [number, number], b: [number, number]) => {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
};

/** Distance from a point to the nearest vertex (points) or segment (lines) of `parts`. */
function distanceTo(p: [number, number], parts: Part[], asPoints: boolean): number {
  let best = Infinity;
  for (const part of parts) {
    if (asPoints || part.length === 1) {
      for (const q of part) best = Math.min(best, Math.hypot(p[0] - q[0], p[1] - q[1]));
      continue;
    }
    for (let i = 1; i < part.length; i++) {
      best = Math.min(best, segmentDistance(p, part[i - 1] as [number, number], part[i] as [number, number]));
    }
  }
  return best;
}

/** Symmetric vertex-to-geometry Hausdorff distance. */
export function hausdorff(a: Part[], b: Part[], asPoints: boolean): number {
  let worst = 0;
  for (const [from, to] of [
    [a, b],
    [b, a],
  ] as const) {
    for (const part of from) for (const p of part) worst = Math.max(worst, distanceTo(p, to, asPoints));
  }
  return worst;
}

const size = (f: DecodedFeature) =>
  f.type === 'Polygon'
    ? Math.sqrt(Math.abs(polygonArea(f.geometry)))
    : f.type === 'LineString'
      ? lineLength(f.geometry)
      : Infinity;

/** Small enough, or close enough to the clip edge, that one encoder may keep it and the other not. */
function isMarginal(f: DecodedFeature, extent: number, tol: CompareTolerance): boolean {
  if (size(f) <= tol.sliver) return true;
  const lo = -tol.buffer + tol.maxDistance;
  const hi = extent + tol.buffer - tol.maxDistance;
  return f.geometry.every((part) => part.every(([x, y]) => x <= lo || y <= lo || x >= hi || y >= hi));
}

function compareGeometry(key: string, f: DecodedFeature, g: DecodedFeature, tol: CompareTolerance): string[] {
  if (f.type === 'Polygon') {
    const diff = symmetricDifferenceArea(f.geometry, g.geometry);
    const area = Math.max(Math.abs(polygonArea(f.geometry)), Math.abs(polygonArea(g.geometry)));
    const perimeter = Math.max(lineLength(f.geometry), lineLength(g.geometry));
    const allowed = Math.max(tol.relative * area, tol.absolute * perimeter);
    return diff > allowed
      ? [`feature ${key}: regions differ by ${diff.toFixed(1)} units² (allowed ${allowed.toFixed(1)})`]
      : [];
  }
  const problems: string[] = [];
  const d = hausdorff(f.geometry, g.geometry, f.type === 'Point');
  if (d > tol.maxDistance) problems.push(`feature ${key}: vertices ${d.toFixed(2)} units apart`);
  if (f.type === 'LineString') {
    // Each end of each clipped part may move by up to maxDistance.
    const [la, lb] = [lineLength(f.geometry), lineLength(g.geometry)];
    const ends = 2 * tol.maxDistance * Math.max(f.geometry.length, g.geometry.length);
    if (Math.abs(la - lb) > Math.max(tol.relative * Math.max(la, lb), ends)) {
      problems.push(`feature ${key}: length ${la.toFixed(1)} vs ${lb.toFixed(1)}`);
    }
  }
  return problems;
}

const keyOf = (f: DecodedFeature) => String(f.id ?? f.properties.id);
const sortKeys = (o: Record<string, unknown>) =>
  JSON.stringify(Object.entries(o).sort(([x], [y]) => (x < y ? -1 : 1)));

/** The differences beyond `tol` between two decodings of one layer of one tile; [] when they agree. */
export function compareLayers(
  a: DecodedLayer | undefined,
  b: DecodedLayer | undefined,
  tol: CompareTolerance = PARITY_TOLERANCE,
): string[] {
  const problems: string[] = [];
  const extent = a?.extent ?? b?.extent ?? 4096;
  const index = (layer: DecodedLayer | undefined) =>
    new Map((layer?.features ?? []).map((f) => [keyOf(f), f]));
  const fa = index(a);
  const fb = index(b);
  for (const [key, f] of fa) {
    if (!fb.has(key) && !isMarginal(f, extent, tol)) problems.push(`feature ${key} only in the first tile`);
  }
  for (const [key, g] of fb) {
    const f = fa.get(key);
    if (!f) {
      if (!isMarginal(g, extent, tol)) problems.push(`feature ${key} only in the second tile`);
      continue;
    }
    if (f.id !== g.id) problems.push(`feature ${key}: id ${f.id} vs ${g.id}`);
    if (f.type !== g.type) problems.push(`feature ${key}: type ${f.type} vs ${g.type}`);
    else problems.push(...compareGeometry(key, f, g, tol));
    if (sortKeys(f.properties) !== sortKeys(g.properties)) problems.push(`feature ${key}: properties differ`);
  }
  return problems;
}
