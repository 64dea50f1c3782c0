// Small spherical helpers for the road network. The region spans ~90 × 60 km, so a haversine on the
// mean Earth radius (error < 0.5 % against the ellipsoid) and a local equirectangular plane (error
// < 0.1 % in distances within the region) are both far below the model's own uncertainty.

export type LonLat = readonly [number, number];

/** Mean Earth radius (IUGG), metres. */
export const EARTH_RADIUS_M = 6_371_008.8;

const RAD = Math.PI / 180;

/** Great-circle distance in metres. */
export function haversineM(a: LonLat, b: LonLat): number {
  const dLat = (b[1] - a[1]) * RAD;
  const dLon = (b[0] - a[0]) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * RAD) * Math.cos(b[1] * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Length in metres of a polyline, vertex to vertex. */
export function polylineLengthM(line: readonly LonLat[]): number {
  let total = 0;
  for (let i = 1; i < line.length; i++) total += haversineM(line[i - 1]!, line[i]!);
  return total;
}

/** A plane in metres around a reference latitude: x east, y north. */
export interface LocalPlane {
  toXY(p: LonLat): [number, number];
}

/** Equirectangular projection about `refLat`; good to < 0.1 % over a region of ~100 km. */
export function localPlane(refLat: number): LocalPlane {
  const kx = EARTH_RADIUS_M * RAD * Math.cos(refLat * RAD);
  const ky = EARTH_RADIUS_M * RAD;
  return { toXY: (p) => [p[0] * kx, p[1] * ky] };
}

/** Rounds to `decimals` places, so that output text is stable across runs and platforms. */
export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/** 6 decimals of a degree ≈ 0.1 m, as in data/. */
export const roundLonLat = (p: LonLat): [number, number] => [roundTo(p[0], 6), roundTo(p[1], 6)];
