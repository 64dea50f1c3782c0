import { readFileSync } from 'node:fs';
import path from 'node:path';

const GTFS_SQL_DIR = path.resolve(import.meta.dirname, '../../sql/gtfs');

const NAMES = [
  'clear-feed',
  'count-feed',
  'gtfs-version',
  'insert-agency',
  'insert-calendar',
  'insert-calendar-dates',
  'insert-feed',
  'insert-route-geoms',
  'insert-routes',
  'insert-stop-times',
  'insert-stops',
  'insert-trips',
  'services-on-day',
  'stop-departures',
  'trips-per-hour-by-route',
  'trips-per-hour-by-stop',
] as const;

export type GtfsSqlName = (typeof NAMES)[number];

/** The fixed statements of the GTFS importer and queries, read once from sql/gtfs/. */
export const GTFS_SQL = Object.fromEntries(
  NAMES.map((name) => [name, readFileSync(path.join(GTFS_SQL_DIR, `${name}.sql`), 'utf8')]),
) as Record<GtfsSqlName, string>;
