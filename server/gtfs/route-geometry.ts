// One line geometry per route for the map. Pure.
// Tram routes take the real track alignment from the tram line shapes where one has the route's line
// number and runs past (nearly) all of the route's stops; all other routes get straight stop-to-stop
// lines along the most common stop pattern of each direction (the feed has no shapes.txt). A shape
// that covers only part of the route (the bundled ones are one variant per line) would draw the
// line shorter than it is, so such a route keeps its complete stop-to-stop line.
import type { GtfsFeed, GtfsStop } from './gtfs-feed.ts';

export type Position = [number, number];

export interface RouteGeometry {
  routeId: string;
  source: 'tram_shapes' | 'stop_sequence';
  lines: Position[][];
}

/** Line shapes by line number (route_short_name). */
export type LineShapes = ReadonlyMap<string, Position[][]>;

export const ROUTE_GEOMETRY_DEFAULTS = {
  /** route_type of the routes that may take a line shape (0 = tram). */
  shapeRouteType: 0,
  /** How far (m) a stop may be from the shape and still count as served by it (platforms sit off the track axis). */
  shapeStopDistanceM: 150,
  /** Share of the route's stops (main patterns) that must be that close for the shape to be used. */
  shapeMinStopShare: 0.9,
} as const;

/** The stop sequence of every trip, from stop_times sorted by trip and sequence. */
function tripPatterns(feed: GtfsFeed): Map<string, string[]> {
  const patterns = new Map<string, string[]>();
  for (const st of feed.stopTimes) {
    const pattern = patterns.get(st.tripId);
    if (pattern) pattern.push(st.stopId);
    else patterns.set(st.tripId, [st.stopId]);
  }
  return patterns;
}

/**
 * The most frequent stop pattern per route and direction (ties: more stops, then the smaller key,
 * so the choice does not depend on file order).
 */
export function mainPatterns(feed: GtfsFeed): Map<string, string[][]> {
  const byTrip = tripPatterns(feed);
  const counts = new Map<string, Map<string, { stops: string[]; n: number }>>();
  for (const trip of feed.trips) {
    const stops = byTrip.get(trip.tripId);
    if (!stops || stops.length < 2) continue;
    const group = `${trip.routeId}\u0000${trip.directionId ?? ''}`;
    const key = stops.join('\u0000');
    const patterns = counts.get(group) ?? new Map<string, { stops: string[]; n: number }>();
    counts.set(group, patterns);
    const entry = patterns.get(key);
    if (entry) entry.n++;
    else patterns.set(key, { stops, n: 1 });
  }
  const result = new Map<string, string[][]>();
  for (const group of [...counts.keys()].sort()) {
    const routeId = group.slice(0, group.indexOf('\u0000'));
    const best = [...counts.get(group)!.entries()].sort(
      ([ka, a], [kb, b]) => b.n - a.n || b.stops.length - a.stops.length || (ka < kb ? -1 : 1),
    )[0]![1].stops;
    result.set(routeId, [...(result.get(routeId) ?? []), best]);
  }
  return result;
}

function stopLine(pattern: readonly string[], stops: ReadonlyMap<string, GtfsStop>): Position[] {
  const line: Position[] = [];
  for (const id of pattern) {
    const s = stops.get(id);
    if (s?.lon == null || s.lat == null) continue;
    const last = line[line.length - 1];
    if (!last || last[0] !== s.lon || last[1] !== s.lat) line.push([s.lon, s.lat]);
  }
  return line;
}

const M_PER_DEG_LAT = 111_320;

/** Distance (m) from a point to a polyline, on a local equirectangular plane (fine at city scale). */
export function distanceToLineM(p: Position, line: readonly Position[]): number {
  const kx = M_PER_DEG_LAT * Math.cos((p[1] * Math.PI) / 180);
  let best = Infinity;
  for (let i = 1; i < line.length; i++) {
    const [a, b] = [line[i - 1]!, line[i]!];
    const [ax, ay, bx, by] = [
      (a[0] - p[0]) * kx,
      (a[1] - p[1]) * M_PER_DEG_LAT,
      (b[0] - p[0]) * kx,
      (b[1] - p[1]) * M_PER_DEG_LAT,
    ];
    const [dx, dy] = [bx - ax, by - ay];
    const len2 = dx * dx + dy * dy;
    const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
    best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
  }
  return best;
}

function shapeServes(
  shape: Position[][],
  points: readonly Position[],
  maxM: number,
  minShare: number,
): boolean {
  const near = points.filter((p) => Math.min(...shape.map((l) => distanceToLineM(p, l))) <= maxM).length;
  return points.length > 0 && near / points.length >= minShare;
}

/** Route geometries in route order; a route none can be made for (no trips, no located stops) is left out. */
export function routeGeometries(
  feed: GtfsFeed,
  shapes: LineShapes,
  options: Partial<typeof ROUTE_GEOMETRY_DEFAULTS> = {},
): RouteGeometry[] {
  const o = { ...ROUTE_GEOMETRY_DEFAULTS, ...options };
  const stops = new Map(feed.stops.map((s) => [s.stopId, s]));
  const patterns = mainPatterns(feed);
  const out: RouteGeometry[] = [];
  for (const route of feed.routes) {
    const lines = (patterns.get(route.routeId) ?? [])
      .map((p) => stopLine(p, stops))
      .filter((l) => l.length >= 2);
    const shape = route.shortName === null ? undefined : shapes.get(route.shortName);
    if (
      shape &&
      route.routeType === o.shapeRouteType &&
      shapeServes(shape, lines.flat(), o.shapeStopDistanceM, o.shapeMinStopShare)
    )
      out.push({ routeId: route.routeId, source: 'tram_shapes', lines: shape });
    else if (lines.length > 0) out.push({ routeId: route.routeId, source: 'stop_sequence', lines });
  }
  return out;
}
