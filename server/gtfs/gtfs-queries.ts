import type { Queryable } from '../db/db.ts';
import { GTFS_SQL } from './gtfs-sql.ts';

// Read-side queries over the loaded feed (sql/gtfs/). `day` is a service day as "YYYY-MM-DD";
// hours and times are those of the service day, so 24, 25 … are after midnight of the next day.

export interface RouteHour {
  route_id: string;
  short_name: string | null;
  hour: number;
  trips: number;
}

export interface StopHour {
  stop_id: string;
  name: string | null;
  hour: number;
  trips: number;
}

export interface Departure {
  departure_s: number;
  stop_id: string;
  platform_code: string | null;
  route_id: string;
  short_name: string | null;
  route_type: number;
  color: string | null;
  text_color: string | null;
  headsign: string | null;
  trip_id: string;
}

/** The service_ids running on `day` (calendar.txt and calendar_dates.txt together). */
export const servicesOnDay = async (db: Queryable, day: string): Promise<string[]> =>
  (await db.query<{ service_id: string }>(GTFS_SQL['services-on-day'], [day])).map((r) => r.service_id);

/** Trips per route and hour of their first departure on `day`; one route, or all when routeId is null. */
export const tripsPerHourByRoute = (db: Queryable, day: string, routeId: string | null = null) =>
  db.query<RouteHour>(GTFS_SQL['trips-per-hour-by-route'], [day, routeId]);

/** Trips calling per stop and hour on `day`; one stop (a station selects its platforms) or all. */
export const tripsPerHourByStop = (db: Queryable, day: string, stopId: string | null = null) =>
  db.query<StopHour>(GTFS_SQL['trips-per-hour-by-stop'], [day, stopId]);

/** The next `limit` departures from a stop or station on `day` from `fromS` seconds on. */
export const stopDepartures = (db: Queryable, stopId: string, day: string, fromS = 0, limit = 20) =>
  db.query<Departure>(GTFS_SQL['stop-departures'], [stopId, day, fromS, limit]);
