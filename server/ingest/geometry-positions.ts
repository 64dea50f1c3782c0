import type { Geometry, Position } from 'geojson';

/** [west, south, east, north] in degrees. */
export type Bounds = readonly [number, number, number, number];

/**
 * The Liberec Region's extent (RÚIAN boundary, rounded outwards to 0.01°).
 * A loader uses it to catch gross coordinate errors: swapped lat/lon, S-JTSK metres, zeros.
 */
export const REGION_BOUNDS: Bounds = [14.34, 50.47, 15.63, 51.02];

/**
 * Every position of a geometry in a fixed order: parts, then rings, then vertices as stored.
 * The S-JTSK check relies on this order being the same for the shapefile and its GDAL copy.
 */
export function* positionsOf(geometry: Geometry): Generator<Position> {
  switch (geometry.type) {
    case 'Point':
      yield geometry.coordinates;
      break;
    case 'MultiPoint':
    case 'LineString':
      yield* geometry.coordinates;
      break;
    case 'MultiLineString':
    case 'Polygon':
      for (const line of geometry.coordinates) yield* line;
      break;
    case 'MultiPolygon':
      for (const polygon of geometry.coordinates) for (const ring of polygon) yield* ring;
      break;
    case 'GeometryCollection':
      for (const part of geometry.geometries) yield* positionsOf(part);
      break;
  }
}

/** A copy of `geometry` with every position replaced by `fn(position)`. */
export function mapPositions<G extends Geometry>(geometry: G, fn: (p: Position) => Position): G {
  const map = (g: Geometry): Geometry => {
    switch (g.type) {
      case 'Point':
        return { type: g.type, coordinates: fn(g.coordinates) };
      case 'MultiPoint':
      case 'LineString':
        return { type: g.type, coordinates: g.coordinates.map(fn) } as Geometry;
      case 'MultiLineString':
      case 'Polygon':
        return { type: g.type, coordinates: g.coordinates.map((line) => line.map(fn)) } as Geometry;
      case 'MultiPolygon':
        return { type: g.type, coordinates: g.coordinates.map((p) => p.map((ring) => ring.map(fn))) };
      case 'GeometryCollection':
        return { type: g.type, geometries: g.geometries.map(map) };
    }
  };
  return map(geometry) as G;
}

/**
 * The bounds of a geometry, or a message saying why it has none
 * (no positions, or a position that is not two or more finite numbers).
 */
export function boundsOf(geometry: Geometry): Bounds | string {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (const p of positionsOf(geometry)) {
    const [x, y] = p;
    if (p.length < 2 || !Number.isFinite(x) || !Number.isFinite(y)) {
      return `position ${JSON.stringify(p)} is not a pair of finite numbers`;
    }
    w = Math.min(w, x as number);
    s = Math.min(s, y as number);
    e = Math.max(e, x as number);
    n = Math.max(n, y as number);
  }
  return w === Infinity ? 'geometry has no positions' : [w, s, e, n];
}

/**
 * What makes a geometry structurally unusable (RFC 7946 §3.1): a line of fewer than 2 positions, a
 * ring of fewer than 4 or not closed. Caught here because GEOS throws on such rings and PGlite's
 * PostGIS then drops the row silently instead of failing the statement.
 */
export function structureProblem(geometry: Geometry): string | undefined {
  const line = (l: Position[]) => (l.length < 2 ? `a line has ${l.length} position(s)` : undefined);
  const ring = (r: Position[]) => {
    if (r.length < 4) return `a polygon ring has ${r.length} position(s), at least 4 needed`;
    const [a, z] = [r[0] ?? [], r.at(-1) ?? []];
    return a[0] === z[0] && a[1] === z[1] ? undefined : 'a polygon ring is not closed';
  };
  const first = <T>(items: T[], check: (item: T) => string | undefined) =>
    items.reduce<string | undefined>((found, item) => found ?? check(item), undefined);
  switch (geometry.type) {
    case 'LineString':
      return line(geometry.coordinates);
    case 'MultiLineString':
      return first(geometry.coordinates, line);
    case 'Polygon':
      return first(geometry.coordinates, ring);
    case 'MultiPolygon':
      return first(geometry.coordinates, (p) => first(p, ring));
    case 'GeometryCollection':
      return first(geometry.geometries, structureProblem);
    default:
      return undefined;
  }
}

/** Whether two bounds overlap once `b` is widened by `margin` degrees on every side. */
export function boundsIntersect(a: Bounds, b: Bounds, margin = 0): boolean {
  return a[0] <= b[2] + margin && a[2] >= b[0] - margin && a[1] <= b[3] + margin && a[3] >= b[1] - margin;
}

export const formatBounds = (b: Bounds): string => `[${b.map((v) => Number(v.toFixed(5))).join(', ')}]`;
