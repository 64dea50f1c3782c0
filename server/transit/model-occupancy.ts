// Runs the transit occupancy MODEL for one service day on the loaded GTFS feed and stores it
// (source = 'model') in ONE transaction: the segment lines are rebuilt, the day's previous run (and
// runs of an older feed) replaced, and ops.data_versions 'transit-occupancy' bumped.
import type { Db, Queryable } from '../db/db.ts';
import { GTFS_SQL } from '../gtfs/gtfs-sql.ts';
import { INGEST_SQL } from '../ingest/sql-files.ts';
import { modelOccupancy, type OccupancyTotals } from './load-model.ts';
import { OCCUPANCY_DEFAULTS, normalisedProfile, type OccupancyParams } from './occupancy-params.ts';
import { readModelTrips, readStopPlaces } from './read-model-inputs.ts';
import { TRANSIT_SQL } from './transit-sql.ts';

/** ops.data_versions id of the transit segments and the modelled occupancy. */
export const TRANSIT_OCCUPANCY_DATASET = 'transit-occupancy';

const STATEMENT_TIMEOUT_MS = 300_000;

export interface OccupancyRunOptions {
  /** Service day "YYYY-MM-DD"; default: the feed's representative weekday (defaultServiceDay). */
  day?: string;
  params?: Partial<OccupancyParams>;
  /** Rows per INSERT statement. */
  batchRows?: number;
}

export interface OccupancyRunResult {
  day: string;
  /** ops.data_versions version of transit-occupancy after this run. */
  version: number;
  segments: number;
  occupancyRows: number;
  stopRows: number;
  totals: OccupancyTotals;
  ms: number;
}

/** The feed's representative weekday (first Wednesday of its calendar), or null with no feed. */
export async function defaultServiceDay(db: Queryable): Promise<string | null> {
  return (await db.query<{ day: string }>(TRANSIT_SQL.defaultServiceDay))[0]?.day ?? null;
}

async function insertBatches(tx: Queryable, sql: string, day: string, rows: readonly object[], size: number) {
  let inserted = 0;
  for (let i = 0; i < rows.length; i += size) {
    const [r] = await tx.query<{ inserted: number }>(sql, [day, JSON.stringify(rows.slice(i, i + size))]);
    inserted += r?.inserted ?? 0;
  }
  if (inserted !== rows.length) throw new Error(`${rows.length} rows to insert but ${inserted} inserted`);
  return inserted;
}

/** Models one service day and stores the result, replacing that day's previous run. */
export async function runOccupancyModel(
  db: Db,
  options: OccupancyRunOptions = {},
): Promise<OccupancyRunResult> {
  const started = performance.now();
  const params: OccupancyParams = { ...OCCUPANCY_DEFAULTS, ...options.params };
  const batch = options.batchRows ?? 5000;
  return db.transaction(async (tx) => {
    await tx.query(`set local statement_timeout = ${STATEMENT_TIMEOUT_MS}`);
    const gtfsVersion = (await tx.query<{ version: number }>(GTFS_SQL['gtfs-version']))[0]?.version;
    const day = options.day ?? (await defaultServiceDay(tx));
    if (gtfsVersion === undefined || day === null) throw new Error('no GTFS feed is loaded to model');
    const trips = await readModelTrips(tx, day);
    if (trips.length === 0) throw new Error(`no trips of the loaded GTFS feed run on ${day}`);
    const model = modelOccupancy(trips, await readStopPlaces(tx), params);

    await tx.query(TRANSIT_SQL.deleteRuns, [day, gtfsVersion]);
    await tx.query(TRANSIT_SQL.deleteSegments);
    const segments = (await tx.query<{ inserted: number }>(TRANSIT_SQL.insertSegments))[0]?.inserted ?? 0;
    const occupancyRows = await insertBatches(
      tx,
      TRANSIT_SQL.insertOccupancy,
      day,
      model.segments.map((s) => ({
        route_id: s.routeId,
        direction_id: s.directionId,
        from_stop: s.fromStop,
        to_stop: s.toStop,
        hour: s.hour,
        trips: s.trips,
        capacity: s.capacity,
        passengers: s.passengers,
        load_factor: s.loadFactor,
        max_load_factor: s.maxLoadFactor,
      })),
      batch,
    );
    const stopRows = await insertBatches(
      tx,
      TRANSIT_SQL.insertStopActivity,
      day,
      model.stops.map((s) => ({
        stop_id: s.stopId,
        hour: s.hour,
        boardings: s.boardings,
        alightings: s.alightings,
      })),
      batch,
    );
    const storedParams = { ...params, profile: normalisedProfile(params.profile) };
    await tx.query(TRANSIT_SQL.insertRun, [
      day,
      gtfsVersion,
      JSON.stringify(storedParams),
      JSON.stringify(model.totals),
    ]);
    const [bumped] = await tx.query<{ version: number }>(INGEST_SQL.bumpDataVersion, [
      TRANSIT_OCCUPANCY_DATASET,
      occupancyRows,
    ]);
    return {
      day,
      version: bumped?.version ?? 0,
      segments,
      occupancyRows,
      stopRows,
      totals: model.totals,
      ms: Math.round(performance.now() - started),
    };
  });
}

/** The part of a pino logger this module uses. */
export interface OccupancyLogger {
  info(obj: object, msg: string): void;
}

/**
 * For server start-up: models the feed's representative weekday when a GTFS feed is loaded and no
 * model run is stored. Returns the run, or null when there was one already or no feed to model.
 */
export async function modelOccupancyIfEmpty(
  db: Db,
  logger: OccupancyLogger,
): Promise<OccupancyRunResult | null> {
  const [counts] = await db.query<{ runs: number; trips: number }>(TRANSIT_SQL.countRuns);
  if ((counts?.runs ?? 0) > 0 || (counts?.trips ?? 0) === 0) return null;
  const result = await runOccupancyModel(db);
  logger.info(
    { day: result.day, segments: result.segments, rows: result.occupancyRows, ms: result.ms },
    'transit occupancy modelled (MODEL, not counted passengers)',
  );
  return result;
}
