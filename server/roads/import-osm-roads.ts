import { stat } from 'node:fs/promises';
import type { Db } from '../db/db.ts';
import type { ClipSpec } from './clip-polygon.ts';
import type { OsmFormat } from './osm-reader.ts';
import { readOsmRoads } from './osm-roads.ts';
import { buildTopology } from './road-topology.ts';
import { writeRoadNetwork, type WriteResult } from './write-road-network.ts';

export type ImportPhase = 'read ways' | 'read nodes' | 'write';

export interface ImportProgress {
  phase: ImportPhase;
  /** Bytes of the file (read phases) or segments (write). */
  done: number;
  total: number;
}

export interface OsmImportOptions {
  /** Default: from the file name (.pbf → pbf, .osm / .xml → osm). */
  format?: OsmFormat;
  clip: ClipSpec;
  onProgress?: (progress: ImportProgress) => void;
}

export interface OsmImportResult extends WriteResult {
  ways: number;
  skippedWays: number;
  missingNodes: number;
  /** Road pieces built from the file, before clipping. */
  pieces: number;
}

/** The format a file name implies, or undefined. */
export function osmFormatOf(file: string): OsmFormat | undefined {
  if (/\.pbf$/i.test(file)) return 'pbf';
  if (/\.(osm|xml)$/i.test(file)) return 'osm';
  return undefined;
}

/**
 * Replaces the road network with the drivable roads of an OpenStreetMap file (source 'osm'):
 * two streaming passes over the file, topology split at shared nodes, one transaction.
 *
 * @example
 * await importOsmRoads(db, 'liberecky-kraj.osm.pbf', { clip: { kind: 'region' } });
 */
export async function importOsmRoads(
  db: Db,
  file: string,
  options: OsmImportOptions,
): Promise<OsmImportResult> {
  const size = await stat(file).then(
    (s) => s.size,
    () => {
      throw new Error(`${file}: no such file`);
    },
  );
  const format = options.format ?? osmFormatOf(file);
  if (!format) throw new Error(`${file}: cannot tell the format from the name; give --format pbf|osm`);
  const report = options.onProgress;
  const roads = await readOsmRoads(file, format, {
    onProgress: (pass, bytes) => report?.({ phase: `read ${pass}`, done: bytes, total: size }),
  });
  if (roads.lines.length === 0)
    throw new Error(
      `${file}: no drivable roads (highway=motorway…service with nodes) found` +
        (roads.skippedWays > 0 ? `; ${roads.skippedWays} non-drivable highway ways skipped` : ''),
    );
  const topology = buildTopology(roads.lines);
  const written = await writeRoadNetwork(db, topology, {
    source: 'osm',
    clip: options.clip,
    onProgress: (done, total) => report?.({ phase: 'write', done, total }),
  });
  return {
    ...written,
    ways: roads.ways,
    skippedWays: roads.skippedWays,
    missingNodes: roads.missingNodes,
    pieces: topology.segments.length,
  };
}
