// Read side of the transit API: MODEL loads and stop activity of a modelled day, columnar, and
// stop lookups. SQL in sql/transit/.
import type { Queryable } from '../db/db.ts';
import { TRANSIT_SQL } from './transit-sql.ts';

export interface OccupancyRun {
  service_date: string;
  source: 'model';
  gtfs_version: number;
  params: unknown;
  totals: unknown;
}

export interface LoadColumns {
  segment_ids: number[];
  trips: number[];
  capacity: number[];
  passengers: number[];
  load_factor: number[];
  max_load_factor: number[];
}

export interface StopActivityColumns {
  stop_ids: string[];
  names: (string | null)[];
  lon: number[];
  lat: number[];
  boardings: number[];
  alightings: number[];
}

const round = (v: number, digits: number) => Number(v.toFixed(digits));

/** The stored model run of `day`, or null. */
export const occupancyRun = async (db: Queryable, day: string): Promise<OccupancyRun | null> =>
  (await db.query<OccupancyRun>(TRANSIT_SQL.selectRun, [day]))[0] ?? null;

/** MODEL segment loads of one hour, one array per column (passengers to 0.1, factors to 0.001). */
export async function loadColumns(db: Queryable, day: string, hour: number): Promise<LoadColumns> {
  const rows = await db.query<{
    segment_id: number;
    trips: number;
    capacity: number;
    passengers: number;
    load_factor: number;
    max_load_factor: number;
  }>(TRANSIT_SQL.selectLoad, [day, hour]);
  return {
    segment_ids: rows.map((r) => r.segment_id),
    trips: rows.map((r) => r.trips),
    capacity: rows.map((r) => r.capacity),
    passengers: rows.map((r) => round(r.passengers, 1)),
    load_factor: rows.map((r) => round(r.load_factor, 3)),
    max_load_factor: rows.map((r) => round(r.max_load_factor, 3)),
  };
}

/** MODEL boardings and alightings per stop in one hour, one array per column. */
export async function stopActivityColumns(
  db: Queryable,
  day: string,
  hour: number,
): Promise<StopActivityColumns> {
  const rows = await db.query<{
    stop_id: string;
    name: string | null;
    lon: number;
    lat: number;
    boardings: number;
    alightings: number;
  }>(TRANSIT_SQL.selectStopActivity, [day, hour]);
  return {
    stop_ids: rows.map((r) => r.stop_id),
    names: rows.map((r) => r.name),
    lon: rows.map((r) => round(r.lon, 6)),
    lat: rows.map((r) => round(r.lat, 6)),
    boardings: rows.map((r) => round(r.boardings, 1)),
    alightings: rows.map((r) => round(r.alightings, 1)),
  };
}

export interface TransitStop {
  stop_id: string;
  name: string | null;
  location_type: number;
  parent_station: string | null;
}

/** One GTFS stop or station, or null. */
export const transitStop = async (db: Queryable, stopId: string): Promise<TransitStop | null> =>
  (await db.query<TransitStop>(TRANSIT_SQL.selectStop, [stopId]))[0] ?? null;
