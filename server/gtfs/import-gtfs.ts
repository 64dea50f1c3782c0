import path from 'node:path';
import type { Db } from '../db/db.ts';
import { readFeedFiles, type FeedInput } from './feed-files.ts';
import { GtfsFeedError, IssueList } from './gtfs-error.ts';
import { GTFS_SQL } from './gtfs-sql.ts';
import { readLineShapes } from './line-shapes.ts';
import { loadFeed, type FeedCounts, type LoadFeedOptions } from './load-feed.ts';
import { parseFeed } from './parse-feed.ts';
import { routeGeometries, type LineShapes, type RouteGeometry } from './route-geometry.ts';
import type { GtfsFeed } from './gtfs-feed.ts';

const DATA_DIR = path.resolve(import.meta.dirname, '../../data/transit');
/** The DPMLJ feed and tram line shapes bundled in data/transit/ (data/README.md). */
export const BUNDLED_GTFS = path.join(DATA_DIR, 'dpmlj_gtfs_20260126_noshapes.zip');
export const BUNDLED_TRAM_SHAPES = path.join(DATA_DIR, 'tram_lines_dpmlj.geojson');

export interface ImportGtfsOptions {
  /** Name recorded in gtfs_feeds (default: the file name, or "(buffer)"). */
  name?: string;
  /** GeoJSON of line shapes by short_name used for tram routes; null for none (the default). */
  lineShapes?: string | null;
  /** Issues kept for the error (all are counted). */
  maxIssues?: number;
  /** Rows per INSERT statement. */
  batchRows?: number;
  onProgress?: LoadFeedOptions['onProgress'];
}

export const IMPORT_GTFS_DEFAULTS = {
  lineShapes: null,
  maxIssues: 100,
  // DPMLJ stop_times in batches of 2,000 / 10,000 / 30,000 rows: 576 / 628 / 850 ms on PGlite,
  // 426 / 311 / 315 ms on PostGIS; larger batches only cost memory.
  batchRows: 10_000,
} as const;

export interface ImportGtfsResult {
  feedId: number;
  version: number;
  counts: FeedCounts;
  routeGeomSources: Record<'tram_shapes' | 'stop_sequence', number>;
  warnings: string[];
  /** Reading and validating, and the database transaction (stop_times alone within it). */
  ms: { read: number; load: number; stopTimes: number };
  /** stop_times rows per second of the insert statements, and of the whole import. */
  stopTimesPerSecond: { insert: number; overall: number };
}

/** A feed read, validated and ready to load. */
export interface PreparedGtfs {
  feed: GtfsFeed;
  geoms: RouteGeometry[];
  name: string;
  readMs: number;
}

/**
 * Reads and validates a GTFS feed (zip path, folder or zip bytes) without touching a database, and
 * works out the route lines. A feed with errors throws a GtfsFeedError listing them (file, line,
 * field, message).
 */
export async function prepareGtfs(input: FeedInput, options: ImportGtfsOptions = {}): Promise<PreparedGtfs> {
  const o = { ...IMPORT_GTFS_DEFAULTS, ...options };
  const started = performance.now();
  const issues = new IssueList(o.maxIssues);
  const feed = parseFeed(await readFeedFiles(input, issues), issues);
  if (!feed) throw new GtfsFeedError(issues.items, issues.total);
  const shapes: LineShapes = o.lineShapes ? await readLineShapes(o.lineShapes) : new Map();
  return {
    feed,
    geoms: routeGeometries(feed, shapes),
    name: o.name ?? (typeof input === 'string' ? path.basename(input) : '(buffer)'),
    readMs: performance.now() - started,
  };
}

/** Replaces the loaded feed with a prepared one in one transaction (see loadFeed). */
export async function loadPreparedGtfs(
  db: Db,
  prepared: PreparedGtfs,
  options: Pick<ImportGtfsOptions, 'batchRows' | 'onProgress'> = {},
): Promise<ImportGtfsResult> {
  const { feed, geoms } = prepared;
  const loaded = await loadFeed(db, feed, geoms, prepared.name, {
    batchRows: options.batchRows ?? IMPORT_GTFS_DEFAULTS.batchRows,
    onProgress: options.onProgress,
  });
  const rate = (ms: number) => Math.round(loaded.counts.stop_times / (ms / 1000));
  return {
    feedId: loaded.feedId,
    version: loaded.version,
    counts: loaded.counts,
    routeGeomSources: {
      tram_shapes: geoms.filter((g) => g.source === 'tram_shapes').length,
      stop_sequence: geoms.filter((g) => g.source === 'stop_sequence').length,
    },
    warnings: feed.warnings,
    ms: {
      read: Math.round(prepared.readMs),
      load: Math.round(loaded.transactionMs),
      stopTimes: Math.round(loaded.stopTimesMs),
    },
    stopTimesPerSecond: {
      insert: rate(loaded.stopTimesMs),
      overall: rate(prepared.readMs + loaded.transactionMs),
    },
  };
}

/**
 * Validates a GTFS feed (zip path, folder or zip bytes) and, when it has no error, replaces the
 * loaded feed with it in one transaction. A feed with errors throws a GtfsFeedError and loads
 * nothing; the tables keep the previous feed.
 *
 * @example
 * const result = await importGtfs(db, 'feeds/dpmlj.zip', { lineShapes: BUNDLED_TRAM_SHAPES });
 * console.log(result.counts.stop_times);
 */
export async function importGtfs(
  db: Db,
  input: FeedInput,
  options: ImportGtfsOptions = {},
): Promise<ImportGtfsResult> {
  return loadPreparedGtfs(db, await prepareGtfs(input, options), options);
}

/** The part of a pino logger this module uses. */
export interface GtfsLogger {
  info(obj: object, msg: string): void;
}

/**
 * For server start-up: imports the bundled DPMLJ feed (with the tram line shapes) when no GTFS feed
 * was ever imported. Returns the result, or null when a feed was already there.
 */
export async function loadBundledGtfsIfEmpty(db: Db, logger: GtfsLogger): Promise<ImportGtfsResult | null> {
  if ((await db.query(GTFS_SQL['gtfs-version'])).length > 0) return null;
  logger.info({}, 'no GTFS feed yet: importing the bundled DPMLJ feed');
  const result = await importGtfs(db, BUNDLED_GTFS, { lineShapes: BUNDLED_TRAM_SHAPES });
  logger.info({ counts: result.counts, ms: result.ms, warnings: result.warnings }, 'GTFS feed imported');
  return result;
}
