// Computes the commuter-flow MODEL from the database (municipalities + road network) and stores it with
// source = 'model' in ONE transaction that replaces only the previous model rows (ČSÚ rows stay).
import type { Db } from '../db/db.ts';
import { nodeSnapper } from '../network/nearest-node.ts';
import { readRoadGraph, readRoadNodes } from '../network/read-road-graph.ts';
import {
  FLOW_MODEL_PARAMETERS,
  modelFlows,
  type FlowModelParameters,
  type FlowModelResult,
  type Zone,
} from './flow-model.ts';
import { FLOWS_SQL } from './flows-sql.ts';
import { travelTimeMatrix } from './travel-time-matrix.ts';
import { replaceFlows } from './write-flows.ts';

interface ZoneRow {
  code: string;
  name: string;
  population: number;
  area_km2: number;
  orp_seat: boolean;
  centre_node: number | null;
  lon: number;
  lat: number;
}

export interface ModelFlowsResult {
  zones: number;
  /** Zones whose centre was snapped to the nearest node (no municipality node in the network). */
  snapped: number;
  /** Stored rows: flows between municipalities (all purposes) and within-municipality totals. */
  flows: number;
  internal: number;
  totals: FlowModelResult['totals'];
  version: number;
  ms: number;
}

/** The zones and their road travel-time matrix, read from the database. */
export async function readModelInputs(db: Db) {
  const rows = await db.query<ZoneRow>(FLOWS_SQL['select-zones']);
  if (rows.length === 0) throw new Error('admin.municipalities is empty: load the bundled data first');
  const graph = await readRoadGraph(db);
  if (graph.nodeIds.length === 0)
    throw new Error('transport.road_segments is empty: load a road network first');
  let snapped = 0;
  let centres: (number | undefined)[] = rows.map((r) => r.centre_node ?? undefined);
  if (centres.some((c) => c === undefined || graph.indexOf(c) === undefined)) {
    // An imported network has no municipality nodes: the label point's nearest routable node stands in.
    const snapper = nodeSnapper((await readRoadNodes(db)).filter((n) => graph.indexOf(n.id) !== undefined));
    centres = rows.map((r, i) => {
      const c = centres[i];
      if (c !== undefined && graph.indexOf(c) !== undefined) return c;
      snapped++;
      return snapper.nearest([Number(r.lon), Number(r.lat)])?.id;
    });
  }
  const zones: Zone[] = rows.map((r) => ({
    code: r.code,
    population: Number(r.population),
    areaKm2: Number(r.area_km2),
    orpSeat: r.orp_seat,
  }));
  return { zones, names: rows.map((r) => r.name), minutes: travelTimeMatrix(graph, centres), snapped };
}

/** Runs the model on the stored municipalities and road network and replaces the stored model flows. */
export async function loadModelFlows(
  db: Db,
  parameters: FlowModelParameters = FLOW_MODEL_PARAMETERS,
): Promise<ModelFlowsResult> {
  const started = performance.now();
  const { zones, minutes, snapped } = await readModelInputs(db);
  const result = modelFlows(zones, minutes, parameters);
  const version = await db.transaction((tx) => replaceFlows(tx, 'model', result.flows, result.internal));
  return {
    zones: zones.length,
    snapped,
    flows: result.flows.length,
    internal: result.internal.length,
    totals: result.totals,
    version,
    ms: Math.round(performance.now() - started),
  };
}

/** The part of a pino logger this module uses. */
export interface FlowsLogger {
  info(obj: object, msg: string): void;
}

/**
 * For server start-up: models the flows when transport.od_flows holds no model rows and the
 * municipalities and a road network are there. Returns what it stored, or null when it did nothing.
 */
export async function modelFlowsIfEmpty(db: Db, logger: FlowsLogger): Promise<ModelFlowsResult | null> {
  const [counts] = await db.query<{ model: number }>(FLOWS_SQL['count-flows']);
  if ((counts?.model ?? 0) > 0) return null;
  const [ready] = await db.query<{ municipalities: number; segments: number }>(
    FLOWS_SQL['count-model-inputs'],
  );
  if (!ready?.municipalities || !ready.segments) {
    logger.info({ ...ready }, 'commuter-flow model skipped: no municipalities or no road network yet');
    return null;
  }
  const result = await loadModelFlows(db);
  logger.info(
    { flows: result.flows, zones: result.zones, version: result.version, ms: result.ms },
    'commuter-flow model computed and loaded',
  );
  return result;
}
