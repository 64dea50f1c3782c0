import { readFile } from 'node:fs/promises';
import type { Feature, GeoJsonProperties, Geometry } from 'geojson';

/** A feature as the loaders use it: always a geometry, always a properties object. */
export interface SourceFeature {
  geometry: Geometry;
  properties: NonNullable<GeoJsonProperties>;
}

const GEOMETRY_TYPES = new Set([
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
]);

/**
 * Checks the parts of a GeoJSON feature a loader relies on and returns it typed.
 * Coordinates are checked later, against the region (geometry-positions.ts).
 */
export function toSourceFeature(value: unknown, where: string): SourceFeature {
  const f = value as Partial<Feature> | null;
  if (!f || typeof f !== 'object' || f.type !== 'Feature') throw new Error(`${where}: not a GeoJSON Feature`);
  const g = f.geometry as { type?: unknown; coordinates?: unknown } | null | undefined;
  if (!g || typeof g.type !== 'string' || !GEOMETRY_TYPES.has(g.type) || !Array.isArray(g.coordinates)) {
    throw new Error(`${where}: missing or unsupported geometry`);
  }
  const properties = f.properties ?? {};
  if (typeof properties !== 'object' || Array.isArray(properties)) {
    throw new Error(`${where}: properties is not an object`);
  }
  return { geometry: f.geometry as Geometry, properties };
}

/** Reads a GeoJSON FeatureCollection file (UTF-8) into checked features, in file order. */
export async function readGeoJsonFile(file: string): Promise<SourceFeature[]> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    throw new Error(`${file}: ${(err as Error).message}`, { cause: err });
  }
  const fc = parsed as { type?: unknown; features?: unknown };
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    throw new Error(`${file}: not a GeoJSON FeatureCollection`);
  }
  return fc.features.map((f, i) => toSourceFeature(f, `${file}: feature ${i}`));
}
