import { readFile } from 'node:fs/promises';
import type { BBox, MultiPolygon, Polygon, Position } from 'geojson';

// The polygon an import keeps roads inside: the region (default), a GeoJSON file, or none.

export type ClipSpec =
  { kind: 'region' } | { kind: 'polygon'; geometry: Polygon | MultiPolygon } | { kind: 'none' };

/**
 * A clip polygon from a GeoJSON file (WGS 84): a Polygon or MultiPolygon geometry, a Feature holding
 * one, or a FeatureCollection of them (merged into one MultiPolygon).
 */
export async function readClipPolygon(file: string): Promise<Polygon | MultiPolygon> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    throw new Error(`clip polygon ${file}: ${(err as Error).message}`, { cause: err });
  }
  const polygons = polygonsOf(parsed);
  if (polygons.length === 0) throw new Error(`clip polygon ${file}: no Polygon or MultiPolygon in it`);
  if (polygons.length === 1) return { type: 'Polygon', coordinates: polygons[0] as Position[][] };
  return { type: 'MultiPolygon', coordinates: polygons };
}

function polygonsOf(value: unknown): Position[][][] {
  const v = value as { type?: unknown; coordinates?: unknown; geometry?: unknown; features?: unknown };
  if (!v || typeof v !== 'object') return [];
  if (v.type === 'Polygon' && Array.isArray(v.coordinates)) return [v.coordinates as Position[][]];
  if (v.type === 'MultiPolygon' && Array.isArray(v.coordinates)) return v.coordinates as Position[][][];
  if (v.type === 'Feature') return polygonsOf(v.geometry);
  if (v.type === 'FeatureCollection' && Array.isArray(v.features)) return v.features.flatMap(polygonsOf);
  return [];
}

/** [west, south, east, north] of a polygon's outer rings. */
export function bboxOf(geometry: Polygon | MultiPolygon): BBox {
  const rings = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const polygon of rings) {
    for (const [x, y] of polygon[0] ?? []) {
      if (x === undefined || y === undefined) continue;
      box[0] = Math.min(box[0], x);
      box[1] = Math.min(box[1], y);
      box[2] = Math.max(box[2], x);
      box[3] = Math.max(box[3], y);
    }
  }
  return box;
}

/** Whether a line's envelope overlaps the box: the cheap test before the database's exact one. */
export function lineMayIntersect(coords: readonly Position[], box: BBox): boolean {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const [x = NaN, y = NaN] of coords) {
    if (x < west) west = x;
    if (x > east) east = x;
    if (y < south) south = y;
    if (y > north) north = y;
  }
  return west <= box[2] && east >= box[0] && south <= box[3] && north >= box[1];
}
