import { stat } from 'node:fs/promises';
import type { Db } from '../db/db.ts';
import { readGeoJsonFile, type SourceFeature } from '../ingest/geojson-reader.ts';
import { readShapefile } from '../ingest/shapefile-reader.ts';
import type { ClipSpec } from './clip-polygon.ts';
import type { ImportProgress } from './import-osm-roads.ts';
import { roadFeatureLines, type FeatureMapping } from './road-features.ts';
import { buildTopology } from './road-topology.ts';
import { snapVertices } from './snap-vertices.ts';
import { writeRoadNetwork, type WriteResult } from './write-road-network.ts';

export type FeatureFormat = 'geojson' | 'shp';

export interface FeatureImportOptions extends FeatureMapping {
  /** Default: from the file name (.geojson / .json, .shp). */
  format?: FeatureFormat;
  clip: ClipSpec;
  /** Vertices closer than this (metres) are one junction. */
  snapM?: number;
  /** Text encoding of a shapefile's .dbf (default: the regional CP1250). */
  encoding?: string;
  onProgress?: (progress: ImportProgress) => void;
}

export interface FeatureImportResult extends WriteResult {
  features: number;
  pieces: number;
}

/** Snapping tolerance when none is given: shared endpoints of digitised roads rarely differ by more. */
export const DEFAULT_SNAP_M = 1;

export function featureFormatOf(file: string): FeatureFormat | undefined {
  if (/\.(geojson|json)$/i.test(file)) return 'geojson';
  if (/\.shp$/i.test(file)) return 'shp';
  return undefined;
}

/**
 * Replaces the road network with the lines of a road GeoJSON or shapefile (source 'import'), in
 * S-JTSK or WGS 84: class and speed through the column mapping, junctions where vertices meet within
 * the snapping tolerance, one transaction.
 *
 * @example
 * await importRoadFeatures(db, 'silnice.shp', { classField: 'TRIDA', classMap: { '1': 'I' }, clip: { kind: 'region' } });
 */
export async function importRoadFeatures(
  db: Db,
  file: string,
  options: FeatureImportOptions,
): Promise<FeatureImportResult> {
  await stat(file).catch(() => {
    throw new Error(`${file}: no such file`);
  });
  const format = options.format ?? featureFormatOf(file);
  if (!format) throw new Error(`${file}: cannot tell the format from the name; give --format geojson|shp`);
  const features: SourceFeature[] =
    format === 'shp' ? await readShapefile(file, options.encoding) : await readGeoJsonFile(file);
  const lines = roadFeatureLines(features, options, file);
  if (lines.length === 0) throw new Error(`${file}: no road lines found`);
  const keys = snapVertices(
    lines.map((l) => l.coords),
    options.snapM ?? DEFAULT_SNAP_M,
  );
  const topology = buildTopology(
    lines.map((l, i) => ({ keys: keys[i] ?? [], coords: l.coords, attrs: l.attrs })),
  );
  const written = await writeRoadNetwork(db, topology, {
    source: 'import',
    clip: options.clip,
    onProgress: (done, total) => options.onProgress?.({ phase: 'write', done, total }),
  });
  return { ...written, features: features.length, pieces: topology.segments.length };
}
