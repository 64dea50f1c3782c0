// Runs the traffic MODEL on the stored road network and municipalities and writes its hourly rows to
// transport.traffic_counts (source = 'model') in ONE transaction that first drops the previous model
// rows (counter rows stay), bumping ops.data_versions 'traffic'.
import type { Db, Queryable } from '../db/db.ts';
import { INGEST_SQL } from '../ingest/sql-files.ts';
import { readRoadGraph } from '../network/read-road-graph.ts';
import type { RoadClass } from '../network/road-types.ts';
import { ACCIDENTS_FILE, loadAccidents, type AccidentLoadResult } from './load-accidents.ts';
import { modelTraffic, type SegmentTraffic, type TrafficZone } from './traffic-model.ts';
import { TRAFFIC_SQL } from './traffic-sql.ts';

export const TRAFFIC_DATASET = 'traffic';

export interface TrafficLoadResult {
  zones: number;
  population: number;
  totalTrips: number;
  betaPerMinute: number;
  meanMinutes: number;
  segments: SegmentTraffic[];
  rows: number;
  version: number;
  ms: number;
}

const BATCH_ROWS = 8000;
const LOAD_STATEMENT_TIMEOUT_MS = 300_000;

async function readInputs(db: Queryable) {
  const zones = await db.query<{ code: string; population: number; node_id: number | null }>(
    TRAFFIC_SQL.selectTrafficZones,
  );
  const ends = new Map<string, number[]>();
  for (const e of await db.query<{ code: string; node_id: number }>(TRAFFIC_SQL.selectZoneEnds)) {
    ends.set(e.code, [...(ends.get(e.code) ?? []), e.node_id]);
  }
  const segments = await db.query<{ id: number; class: RoadClass }>(TRAFFIC_SQL.selectSegmentClasses);
  return {
    zones: zones.flatMap((z): TrafficZone[] =>
      z.node_id === null
        ? []
        : [
            {
              code: z.code,
              population: Number(z.population),
              nodeId: z.node_id,
              endNodeIds: ends.get(z.code) ?? [z.node_id],
            },
          ],
    ),
    segments,
  };
}

/** Models the traffic on the current road network and stores it. */
export async function loadTrafficModel(db: Db): Promise<TrafficLoadResult> {
  const started = performance.now();
  const [graph, inputs] = await Promise.all([readRoadGraph(db), readInputs(db)]);
  if (inputs.segments.length === 0)
    throw new Error('transport.road_segments is empty: no network to model on');
  const model = modelTraffic(graph, inputs.zones, inputs.segments);
  const written = await db.transaction(async (tx) => {
    await tx.query(`set local statement_timeout = ${LOAD_STATEMENT_TIMEOUT_MS}`);
    await tx.query(TRAFFIC_SQL.deleteModelCounts);
    let inserted = 0;
    for (let i = 0; i < model.rows.length; i += BATCH_ROWS) {
      const batch = model.rows.slice(i, i + BATCH_ROWS).map((r) => ({
        s: r.segmentId,
        d: r.dayType,
        h: r.hour,
        v: r.vehicles,
        hv: r.heavyVehicles,
      }));
      const [r] = await tx.query<{ inserted: number }>(TRAFFIC_SQL.insertModelCounts, [
        JSON.stringify(batch),
      ]);
      inserted += r?.inserted ?? 0;
    }
    if (inserted !== model.rows.length) throw new Error(`${model.rows.length} rows but ${inserted} inserted`);
    const [bumped] = await tx.query<{ version: number }>(INGEST_SQL.bumpDataVersion, [
      TRAFFIC_DATASET,
      inserted,
    ]);
    return { rows: inserted, version: bumped?.version ?? 0 };
  });
  return {
    zones: inputs.zones.length,
    population: inputs.zones.reduce((s, z) => s + z.population, 0),
    totalTrips: model.matrix.total,
    betaPerMinute: model.matrix.betaPerMinute,
    meanMinutes: model.matrix.meanMinutes,
    segments: model.segments,
    ...written,
    ms: Math.round(performance.now() - started),
  };
}

/** The part of a pino logger this module uses. */
export interface TrafficLogger {
  info(obj: object, msg: string): void;
}

/**
 * For server start-up (after the road network is there): models the traffic when no model rows exist
 * and loads the night accidents when none are loaded. Returns what it did (null parts: skipped).
 */
export async function modelTrafficIfEmpty(
  db: Db,
  logger: TrafficLogger,
  options: { dataDir?: string } = {},
): Promise<{ traffic: TrafficLoadResult | null; accidents: AccidentLoadResult | null }> {
  const [counts] = await db.query<{ model_rows: number; segments: number; accidents: number }>(
    TRAFFIC_SQL.countTraffic,
  );
  if (!counts || counts.segments === 0) return { traffic: null, accidents: null };
  let traffic: TrafficLoadResult | null = null;
  let accidents: AccidentLoadResult | null = null;
  if (counts.model_rows === 0) {
    traffic = await loadTrafficModel(db);
    logger.info(
      { zones: traffic.zones, trips: Math.round(traffic.totalTrips), rows: traffic.rows, ms: traffic.ms },
      'traffic model computed and loaded',
    );
  }
  if (counts.accidents === 0) {
    accidents = await loadAccidents(db, options.dataDir);
    logger.info(
      { file: ACCIDENTS_FILE, accidents: accidents.accidents, joined: accidents.joined, ms: accidents.ms },
      'night accidents loaded and joined to the road network',
    );
  }
  return { traffic, accidents };
}
