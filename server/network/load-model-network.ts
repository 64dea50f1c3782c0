// Stores the generated MODEL road network (source = 'model') in transport.road_nodes /
// road_segments, in ONE transaction that replaces only the previous model rows, and bumps
// ops.data_versions for 'road-network' so that tile caches drop the old network.
import type { Db, Queryable } from '../db/db.ts';
import { INGEST_SQL } from '../ingest/sql-files.ts';
import { readModelInputs } from './model-inputs.ts';
import { generateModelNetwork, type ModelStats } from './model-network.ts';
import { NETWORK_SQL } from './network-sql.ts';
import type { RoadNetwork } from './road-types.ts';

/** ops.data_versions id of transport.road_nodes + road_segments (the OSM importer bumps it too). */
export const ROAD_NETWORK_DATASET = 'road-network';

export interface ModelLoadResult {
  nodes: number;
  segments: number;
  /** ops.data_versions.version of road-network after this load. */
  version: number;
  stats: ModelStats;
  ms: number;
}

export interface ModelLoadOptions {
  /** Directory of the input files (default: the bundled data/). */
  dataDir?: string;
  /** Rows per INSERT statement. */
  batchRows?: number;
}

const LOAD_STATEMENT_TIMEOUT_MS = 300_000;

async function insertBatches<T>(tx: Queryable, sql: string, rows: readonly T[], size: number) {
  let inserted = 0;
  for (let i = 0; i < rows.length; i += size) {
    const [r] = await tx.query<{ inserted: number }>(sql, [JSON.stringify(rows.slice(i, i + size))]);
    inserted += r?.inserted ?? 0;
  }
  if (inserted !== rows.length) throw new Error(`${rows.length} rows to insert but ${inserted} inserted`);
  return inserted;
}

/** Writes a generated network, replacing the previous model rows; refuses when imported roads exist. */
export async function writeModelNetwork(db: Db, network: RoadNetwork, batchRows = 2000) {
  return db.transaction(async (tx) => {
    await tx.query(`set local statement_timeout = ${LOAD_STATEMENT_TIMEOUT_MS}`);
    const [counts] = await tx.query<{ other_segments: number }>(NETWORK_SQL.countRoadNetwork);
    if ((counts?.other_segments ?? 0) > 0)
      throw new Error(
        `transport.road_segments holds ${counts?.other_segments} imported segments; the model network is not mixed with real roads`,
      );
    await tx.query(NETWORK_SQL.deleteModelSegments);
    await tx.query(NETWORK_SQL.deleteModelNodes);
    const nodes = await insertBatches(
      tx,
      NETWORK_SQL.insertModelNodes,
      network.nodes.map((n) => ({
        id: n.id,
        kind: n.kind,
        ref: n.ref,
        name: n.name,
        lon: n.lonLat[0],
        lat: n.lonLat[1],
      })),
      batchRows,
    );
    const segments = await insertBatches(
      tx,
      NETWORK_SQL.insertModelSegments,
      network.segments.map((s) => ({
        id: s.id,
        from_node: s.from,
        to_node: s.to,
        class: s.class,
        speed_kmh: s.speedKmh,
        length_m: s.lengthM,
        travel_time_s: s.travelTimeS,
        oneway: s.oneway,
        name: s.name,
        geojson: JSON.stringify({ type: 'LineString', coordinates: s.coordinates }),
      })),
      batchRows,
    );
    const [bumped] = await tx.query<{ version: number }>(INGEST_SQL.bumpDataVersion, [
      ROAD_NETWORK_DATASET,
      segments,
    ]);
    return { nodes, segments, version: bumped?.version ?? 0 };
  });
}

/** Generates the model network from the bundled data and stores it. */
export async function loadModelNetwork(db: Db, options: ModelLoadOptions = {}): Promise<ModelLoadResult> {
  const started = performance.now();
  const network = generateModelNetwork(await readModelInputs(options.dataDir));
  const written = await writeModelNetwork(db, network, options.batchRows);
  return { ...written, stats: network.stats, ms: Math.round(performance.now() - started) };
}

/** The part of a pino logger this module uses. */
export interface NetworkLogger {
  info(obj: object, msg: string): void;
}

/**
 * For server start-up: generates and loads the model network when transport.road_segments is empty
 * (no model and no imported roads). Returns what it loaded, or null when a network was there.
 */
export async function loadModelNetworkIfEmpty(
  db: Db,
  logger: NetworkLogger,
  options: ModelLoadOptions = {},
): Promise<ModelLoadResult | null> {
  const [counts] = await db.query<{ model_segments: number; other_segments: number }>(
    NETWORK_SQL.countRoadNetwork,
  );
  if ((counts?.model_segments ?? 0) + (counts?.other_segments ?? 0) > 0) return null;
  const result = await loadModelNetwork(db, options);
  logger.info(
    { nodes: result.nodes, segments: result.segments, version: result.version, ms: result.ms },
    'model road network generated and loaded',
  );
  return result;
}
