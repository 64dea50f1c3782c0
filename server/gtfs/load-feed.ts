import type { Db, Queryable } from '../db/db.ts';
import { INGEST_SQL } from '../ingest/sql-files.ts';
import type { GtfsCalendar, GtfsFeed } from './gtfs-feed.ts';
import { GTFS_SQL, type GtfsSqlName } from './gtfs-sql.ts';
import type { RouteGeometry } from './route-geometry.ts';

/** Rows per table of a loaded feed (the names of sql/gtfs/count-feed.sql). */
export interface FeedCounts {
  agencies: number;
  stops: number;
  routes: number;
  trips: number;
  stop_times: number;
  calendar: number;
  calendar_dates: number;
  route_geoms: number;
}

export interface LoadFeedOptions {
  /** Rows per INSERT statement; each column goes as one array parameter, so no parameter limit applies. */
  batchRows: number;
  /** Called after each batch, e.g. for a progress line. */
  onProgress?: (table: string, done: number, total: number) => void;
}

export interface LoadFeedResult {
  feedId: number;
  /** ops.data_versions version of dataset `gtfs` after this load. */
  version: number;
  counts: FeedCounts;
  /** Time spent inserting stop_times alone, and the whole transaction. */
  stopTimesMs: number;
  transactionMs: number;
}

/** The dataset id under which ops.data_versions records GTFS imports. */
export const GTFS_DATASET = 'gtfs';

const LOAD_STATEMENT_TIMEOUT_MS = 300_000;

type Column<T> = (row: T) => unknown;

/** Inserts rows in batches, each batch as one statement with one array parameter per column. */
async function insertRows<T>(
  tx: Queryable,
  name: GtfsSqlName,
  rows: readonly T[],
  columns: readonly Column<T>[],
  options: LoadFeedOptions,
): Promise<void> {
  for (let start = 0; start < rows.length; start += options.batchRows) {
    const batch = rows.slice(start, start + options.batchRows);
    await tx.query(
      GTFS_SQL[name],
      columns.map((column) => batch.map(column)),
    );
    options.onProgress?.(name.replace('insert-', ''), start + batch.length, rows.length);
  }
}

function insertFeedTables(tx: Queryable, feed: GtfsFeed, o: LoadFeedOptions) {
  return [
    () =>
      insertRows(
        tx,
        'insert-agency',
        feed.agencies,
        [
          (a) => a.agencyId,
          (a) => a.name,
          (a) => a.url,
          (a) => a.timezone,
          (a) => a.lang,
          (a) => a.phone,
          (a) => a.email,
        ],
        o,
      ),
    () =>
      insertRows(
        tx,
        'insert-stops',
        feed.stops,
        [
          (s) => s.stopId,
          (s) => s.code,
          (s) => s.name,
          (s) => s.description,
          (s) => s.lon,
          (s) => s.lat,
          (s) => s.zoneId,
          (s) => s.locationType,
          (s) => s.parentStation,
          (s) => s.wheelchairBoarding,
          (s) => s.platformCode,
        ],
        o,
      ),
    () =>
      insertRows(
        tx,
        'insert-routes',
        feed.routes,
        [
          (r) => r.routeId,
          (r) => r.agencyId,
          (r) => r.shortName,
          (r) => r.longName,
          (r) => r.description,
          (r) => r.routeType,
          (r) => r.color,
          (r) => r.textColor,
          (r) => r.sortOrder,
        ],
        o,
      ),
    () =>
      insertRows(
        tx,
        'insert-calendar',
        feed.calendar,
        [(c) => c.serviceId, ...c7<GtfsCalendar>((c, d) => c.days[d]), (c) => c.startDate, (c) => c.endDate],
        o,
      ),
    () =>
      insertRows(
        tx,
        'insert-calendar-dates',
        feed.calendarDates,
        [(d) => d.serviceId, (d) => d.date, (d) => d.exceptionType],
        o,
      ),
    () =>
      insertRows(
        tx,
        'insert-trips',
        feed.trips,
        [
          (t) => t.tripId,
          (t) => t.routeId,
          (t) => t.serviceId,
          (t) => t.directionId,
          (t) => t.headsign,
          (t) => t.shortName,
          (t) => t.blockId,
          (t) => t.shapeId,
          (t) => t.wheelchairAccessible,
          (t) => t.bikesAllowed,
          (t) => feed.spans.get(t.tripId)?.startS ?? null,
          (t) => feed.spans.get(t.tripId)?.endS ?? null,
          (t) => feed.spans.get(t.tripId)?.stopCount ?? 0,
        ],
        o,
      ),
  ];
}

/** Seven column getters, Monday to Sunday, for the calendar's weekday flags. */
const c7 = <T>(get: (row: T, day: number) => unknown): Column<T>[] =>
  [0, 1, 2, 3, 4, 5, 6].map((d) => (row: T) => get(row, d));

/**
 * Replaces the loaded feed with `feed` in ONE transaction: empty the tables, insert every table in
 * batches, check the row counts, record the import in gtfs_feeds and bump ops.data_versions
 * ('gtfs'). When anything fails, the previous feed stays as it was.
 */
export async function loadFeed(
  db: Db,
  feed: GtfsFeed,
  geoms: readonly RouteGeometry[],
  name: string,
  options: LoadFeedOptions,
): Promise<LoadFeedResult> {
  const started = performance.now();
  return db.transaction(async (tx) => {
    // A bulk load is an operator's job, not a request: it may outlast the per-request statement limit.
    await tx.query(`set local statement_timeout = ${LOAD_STATEMENT_TIMEOUT_MS}`);
    await tx.query(GTFS_SQL['clear-feed']);
    for (const insert of insertFeedTables(tx, feed, options)) await insert();
    const stopTimesStarted = performance.now();
    await insertRows(
      tx,
      'insert-stop-times',
      feed.stopTimes,
      [
        (s) => s.tripId,
        (s) => s.stopSequence,
        (s) => s.stopId,
        (s) => s.arrivalS,
        (s) => s.departureS,
        (s) => s.stopHeadsign,
        (s) => s.pickupType,
        (s) => s.dropOffType,
        (s) => s.shapeDistTraveled,
        (s) => s.timepoint,
      ],
      options,
    );
    const stopTimesMs = performance.now() - stopTimesStarted;
    await insertRows(
      tx,
      'insert-route-geoms',
      geoms,
      [
        (g) => g.routeId,
        (g) => g.source,
        (g) => JSON.stringify({ type: 'MultiLineString', coordinates: g.lines }),
      ],
      options,
    );
    const [counts] = await tx.query<FeedCounts>(GTFS_SQL['count-feed']);
    const expected: FeedCounts = {
      agencies: feed.agencies.length,
      stops: feed.stops.length,
      routes: feed.routes.length,
      trips: feed.trips.length,
      stop_times: feed.stopTimes.length,
      calendar: feed.calendar.length,
      calendar_dates: feed.calendarDates.length,
      route_geoms: geoms.length,
    };
    const differ = (Object.keys(expected) as (keyof FeedCounts)[]).filter((k) => counts?.[k] !== expected[k]);
    // A guard, not a formality: a silently dropped row would otherwise go unnoticed.
    if (!counts || differ.length > 0)
      throw new Error(
        `rows loaded differ from rows read: ${differ.map((k) => `${k} ${counts?.[k]} vs ${expected[k]}`).join(', ')}`,
      );
    const info = feed.feedInfo;
    const [row] = await tx.query<{ id: number }>(GTFS_SQL['insert-feed'], [
      name,
      info?.publisher ?? null,
      info?.version ?? null,
      info?.startDate ?? null,
      info?.endDate ?? null,
      JSON.stringify(counts),
    ]);
    const [bumped] = await tx.query<{ version: number }>(INGEST_SQL.bumpDataVersion, [
      GTFS_DATASET,
      counts.stop_times,
    ]);
    return {
      feedId: row?.id ?? 0,
      version: bumped?.version ?? 0,
      counts,
      stopTimesMs,
      transactionMs: performance.now() - started,
    };
  });
}
