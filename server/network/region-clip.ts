// Keeps the model network inside the region: which points lie in the region polygon and which
// straight edges leave it (cross its boundary). Plain lon/lat geometry: at the scale of one edge
// (< 10 km) the difference from a geodesic test is metres.
import { booleanPointInPolygon } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import type { LonLat } from './geo.ts';

type Ring = readonly LonLat[];

/** Orientation sign of c relative to the directed line a → b. */
const orient = (a: LonLat, b: LonLat, c: LonLat) =>
  Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));

/** Whether segments ab and cd intersect, touching included. */
export function segmentsIntersect(a: LonLat, b: LonLat, c: LonLat, d: LonLat): boolean {
  const o1 = orient(a, b, c);
  const o2 = orient(a, b, d);
  const o3 = orient(c, d, a);
  const o4 = orient(c, d, b);
  if (o1 !== o2 && o3 !== o4) return true;
  const onSegment = (p: LonLat, q: LonLat, r: LonLat) =>
    Math.min(p[0], q[0]) <= r[0] &&
    r[0] <= Math.max(p[0], q[0]) &&
    Math.min(p[1], q[1]) <= r[1] &&
    r[1] <= Math.max(p[1], q[1]);
  return (
    (o1 === 0 && onSegment(a, b, c)) ||
    (o2 === 0 && onSegment(a, b, d)) ||
    (o3 === 0 && onSegment(c, d, a)) ||
    (o4 === 0 && onSegment(c, d, b))
  );
}

export interface RegionClip {
  contains(p: LonLat): boolean;
  /** Whether the straight edge a–b crosses or touches the region's boundary. */
  crossesBoundary(a: LonLat, b: LonLat): boolean;
}

/** A clipper for one (Multi)Polygon. Boundary edges are scanned linearly behind a bbox test. */
export function regionClip(region: Polygon | MultiPolygon): RegionClip {
  const polygons = region.type === 'Polygon' ? [region.coordinates] : region.coordinates;
  const rings = polygons.flat() as unknown as Ring[];
  const edges: [LonLat, LonLat][] = rings.flatMap((ring) =>
    ring.slice(1).map((p, i): [LonLat, LonLat] => [ring[i]!, p]),
  );
  return {
    contains: (p) => booleanPointInPolygon([p[0], p[1]], region),
    crossesBoundary(a, b) {
      const [minX, maxX] = a[0] < b[0] ? [a[0], b[0]] : [b[0], a[0]];
      const [minY, maxY] = a[1] < b[1] ? [a[1], b[1]] : [b[1], a[1]];
      return edges.some(
        ([c, d]) =>
          Math.max(c[0], d[0]) >= minX &&
          Math.min(c[0], d[0]) <= maxX &&
          Math.max(c[1], d[1]) >= minY &&
          Math.min(c[1], d[1]) <= maxY &&
          segmentsIntersect(a, b, c, d),
      );
    },
  };
}
