import { readFile } from 'node:fs/promises';
import type { LineShapes, Position } from './route-geometry.ts';

interface ShapeFeature {
  properties?: { short_name?: unknown } | null;
  geometry?: { type?: string; coordinates?: unknown } | null;
}

const isPosition = (p: unknown): p is Position =>
  Array.isArray(p) &&
  p.length >= 2 &&
  p.slice(0, 2).every((v) => typeof v === 'number' && Number.isFinite(v));

const asLine = (c: unknown, where: string): Position[] => {
  if (!Array.isArray(c) || c.length < 2 || !c.every(isPosition))
    throw new Error(`${where}: not a line of lon/lat positions`);
  return c.map((p) => [p[0], p[1]]);
};

/**
 * Reads line shapes from a GeoJSON FeatureCollection of LineStrings/MultiLineStrings in WGS 84 whose
 * `short_name` property is the line number (data/transit/tram_lines_dpmlj.geojson). Several
 * features of one line are merged.
 */
export async function readLineShapes(file: string): Promise<LineShapes> {
  const fc = JSON.parse(await readFile(file, 'utf8')) as { features?: ShapeFeature[] };
  if (!Array.isArray(fc.features)) throw new Error(`${file}: not a GeoJSON FeatureCollection`);
  const shapes = new Map<string, Position[][]>();
  fc.features.forEach((f, i) => {
    const where = `${file} feature ${i}`;
    const name = f.properties?.short_name;
    if (typeof name !== 'string' && typeof name !== 'number') throw new Error(`${where}: no short_name`);
    const { type, coordinates } = f.geometry ?? {};
    const lines =
      type === 'LineString'
        ? [asLine(coordinates, where)]
        : type === 'MultiLineString' && Array.isArray(coordinates)
          ? coordinates.map((c) => asLine(c, where))
          : undefined;
    if (!lines) throw new Error(`${where}: geometry is not a LineString or MultiLineString`);
    shapes.set(String(name), [...(shapes.get(String(name)) ?? []), ...lines]);
  });
  return shapes;
}
