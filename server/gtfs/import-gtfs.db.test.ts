import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/db.ts';
import { openTestDb } from '../db/test-db.ts';
import { GtfsFeedError, type GtfsIssue } from './gtfs-error.ts';
import { servicesOnDay, stopDepartures, tripsPerHourByRoute, tripsPerHourByStop } from './gtfs-queries.ts';
import { GTFS_SQL } from './gtfs-sql.ts';
import { BUNDLED_GTFS, importGtfs, loadBundledGtfsIfEmpty, type ImportGtfsResult } from './import-gtfs.ts';
import type { FeedCounts } from './load-feed.ts';

// The real DPMLJ feed (data/transit/), counted independently with Python's csv module from the
// raw files: 1 agency, 678 stops, 53 routes, 3,562 trips, 54,977 stop_times, 12 + 3 calendar rows.
const DPMLJ: FeedCounts = {
  agencies: 1,
  stops: 678,
  routes: 53,
  trips: 3562,
  stop_times: 54_977,
  calendar: 12,
  calendar_dates: 3,
  route_geoms: 53,
};
const WEDNESDAY = '2026-01-28';
// Tram line 3 (route 15224) on Wednesday 28 Jan 2026 (services 1, 4, 6), by the hour of the first
// departure, computed with Python from the raw stop_times.txt: 164 trips.
const TRAM_3_WEDNESDAY: Record<number, number> = {
  4: 8, 5: 6, 6: 9, 7: 10, 8: 9, 9: 6, 10: 6, 11: 6, 12: 11, 13: 10,
  14: 10, 15: 10, 16: 9, 17: 11, 18: 6, 19: 10, 20: 8, 21: 8, 22: 9, 23: 2,
}; // prettier-ignore

describe('GTFS import of the real DPMLJ feed', () => {
  let db: Db;
  let first: ImportGtfsResult | null;
  const tempDirs: string[] = [];
  const logged: string[] = [];

  const counts = async () => (await db.query<FeedCounts>(GTFS_SQL['count-feed']))[0];
  const dataVersion = async () => (await db.query<{ version: number }>(GTFS_SQL['gtfs-version']))[0]?.version;
  const feedsRecorded = async () =>
    (await db.query<{ n: number }>('select count(*)::int as n from transport.gtfs_feeds'))[0]?.n;

  /** The bundled feed unpacked into a temp folder with one file edited (or removed when edit returns null). */
  async function brokenFeed(file: string, edit: (lines: string[]) => string[] | null): Promise<string> {
    const dir = await mkdtemp(path.join(tmpdir(), 'regiomap-gtfs-'));
    tempDirs.push(dir);
    for (const [name, bytes] of Object.entries(unzipSync(await readFile(BUNDLED_GTFS)))) {
      const lines = name === file ? edit(strFromU8(bytes).split('\n')) : strFromU8(bytes).split('\n');
      if (lines) await writeFile(path.join(dir, name), lines.join('\n'));
    }
    return dir;
  }

  async function expectRejected(dir: string, expected: GtfsIssue) {
    const before = { counts: await counts(), version: await dataVersion(), feeds: await feedsRecorded() };
    const error = await importGtfs(db, dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GtfsFeedError);
    const e = error as GtfsFeedError;
    expect(e.issues[0]).toEqual(expected);
    expect(e.message).toContain(
      `${expected.file}${expected.line === null ? '' : `:${expected.line}`}${expected.field ? ` ${expected.field}` : ''}: ${expected.message}`,
    );
    // Nothing loaded: the previous feed, its data version and the import history are unchanged.
    expect({ counts: await counts(), version: await dataVersion(), feeds: await feedsRecorded() }).toEqual(
      before,
    );
    return e;
  }

  beforeAll(async () => {
    db = await openTestDb();
    // A re-used PostGIS test database may hold a feed from an earlier run; start as a fresh one would.
    await db.query("delete from ops.data_versions where dataset = 'gtfs'");
    first = await loadBundledGtfsIfEmpty(db, { info: (_o, msg) => logged.push(msg) });
  });

  afterAll(async () => {
    await db?.close();
    await Promise.all(tempDirs.map((d) => rm(d, { recursive: true, force: true })));
  });

  it('loads the bundled feed into an empty database, all of it', async () => {
    expect(first).not.toBeNull();
    expect(first!.counts).toEqual(DPMLJ);
    expect(await counts()).toEqual(DPMLJ);
    expect(first!.version).toBe(1);
    expect(first!.routeGeomSources).toEqual({ tram_shapes: 1, stop_sequence: 52 });
    expect(first!.warnings).toEqual([
      'shapes.txt is absent though 3562 trips name a shape_id (kept; route lines come from other sources)',
    ]);
    expect(logged).toEqual(['no GTFS feed yet: importing the bundled DPMLJ feed', 'GTFS feed imported']);
    console.log(
      `GTFS on ${db.kind}: read+validate ${first!.ms.read} ms, transaction ${first!.ms.load} ms, ` +
        `stop_times ${first!.stopTimesPerSecond.insert}/s inserted, ${first!.stopTimesPerSecond.overall}/s overall`,
    );
    // Once a feed is there, start-up leaves it alone.
    expect(await loadBundledGtfsIfEmpty(db, { info: () => undefined })).toBeNull();
  });

  it('stores the values as the feed has them', async () => {
    const [stats] = await db.query<Record<string, number | string>>(`
      select (select count(*) from transport.gtfs_stops where location_type = 1)::int as stations,
             (select count(*) from transport.gtfs_stops where parent_station is not null)::int as platforms,
             (select string_agg(short_name, ',' order by short_name) from transport.gtfs_routes where route_type = 0) as trams,
             (select max(departure_s) from transport.gtfs_stop_times)::int as last_departure,
             (select count(*) from transport.gtfs_stop_times where departure_s >= 86400)::int as after_midnight,
             (select agency_id || ' ' || timezone from transport.gtfs_agency) as agency,
             (select version || ' ' || start_date || ' ' || end_date from transport.gtfs_feeds order by id desc limit 1) as feed,
             (select round(ST_Length(geom::geography)) from transport.transit_route_geoms g
                join transport.gtfs_routes r using (route_id) where r.short_name = '11' and g.source = 'tram_shapes')::int as line_11_m,
             (select round(ST_X(geom)::numeric, 5) || ' ' || round(ST_Y(geom)::numeric, 5) from transport.gtfs_stops where stop_id = '111') as americka`);
    expect(stats).toEqual({
      stations: 227,
      platforms: 451,
      trams: '11,2,3,5',
      last_departure: 27 * 3600 + 49 * 60,
      after_midnight: 226,
      agency: '17 Europe/Prague',
      feed: '20260123-0754 2026-01-26 2026-02-28',
      line_11_m: expect.closeTo(13_200, -3) as unknown as number,
      americka: '15.03392 50.75792',
    });
  });

  it('resolves the service days from calendar and calendar_dates', async () => {
    expect(await servicesOnDay(db, WEDNESDAY)).toEqual(['1', '4', '6']);
    // Thu 29 Jan: service 9 added by calendar_dates; Fri 30 Jan: 6 and 9 removed, 7 and 12 (Fri+Sat) run.
    expect(await servicesOnDay(db, '2026-01-29')).toEqual(['1', '4', '6', '9']);
    expect(await servicesOnDay(db, '2026-01-30')).toEqual(['1', '12', '4', '7']);
    expect(await servicesOnDay(db, '2026-03-15')).toEqual([]);
  });

  it('counts trips per hour of a route on a weekday', async () => {
    const rows = await tripsPerHourByRoute(db, WEDNESDAY, '15224');
    expect(Object.fromEntries(rows.map((r) => [r.hour, r.trips]))).toEqual(TRAM_3_WEDNESDAY);
    expect(rows.every((r) => r.short_name === '3')).toBe(true);
    const all = await tripsPerHourByRoute(db, WEDNESDAY);
    // 2,272 trips run that day (services 1, 4, 6); 5 of them start after midnight (hour 24+).
    expect(all.reduce((n, r) => n + r.trips, 0)).toBe(2272);
    expect(all.filter((r) => r.hour >= 24).reduce((n, r) => n + r.trips, 0)).toBe(5);
  });

  it('counts trips per hour at a stop and lists its departures', async () => {
    // Station Americká (111) and its platforms, Wednesday: 86 calls, computed with Python.
    const hours = await tripsPerHourByStop(db, WEDNESDAY, '111');
    expect(hours.reduce((n, r) => n + r.trips, 0)).toBe(86);
    expect(hours.filter((r) => r.hour === 5).reduce((n, r) => n + r.trips, 0)).toBe(9);
    const departures = await stopDepartures(db, '111', WEDNESDAY, 8 * 3600, 3);
    expect(departures.map((d) => [d.departure_s, d.short_name, d.headsign])).toEqual([
      [8 * 3600 + 9 * 60, '22', 'Prům. zóna Jih'],
      [8 * 3600 + 12 * 60, '22', 'Kunratická sídliště'],
      [8 * 3600 + 41 * 60, '22', 'Fügnerova'],
    ]);
  });

  it('re-importing replaces the feed and bumps the data version', async () => {
    const again = await importGtfs(db, BUNDLED_GTFS);
    expect(again.counts).toEqual(DPMLJ);
    expect(again.version).toBe(2);
    // Without line shapes every route is drawn stop to stop.
    expect(again.routeGeomSources).toEqual({ tram_shapes: 0, stop_sequence: 53 });
  });

  it('rejects a feed without stops.txt and loads nothing', async () => {
    await expectRejected(await brokenFeed('stops.txt', () => null), {
      file: 'stops.txt',
      line: null,
      field: null,
      message: 'required file is missing',
    });
  });

  it('rejects a bad time (25:61:00) and loads nothing', async () => {
    const dir = await brokenFeed('stop_times.txt', (lines) => {
      // Line 100 of the file is lines[99]: "trip,arrival,departure,…".
      const fields = lines[99]!.split(',');
      fields[1] = '25:61:00';
      lines[99] = fields.join(',');
      return lines;
    });
    await expectRejected(dir, {
      file: 'stop_times.txt',
      line: 100,
      field: 'arrival_time',
      message: '"25:61:00": minutes 61 out of range 00–59',
    });
  });

  it('rejects a stop_time with an unknown stop_id and loads nothing', async () => {
    const dir = await brokenFeed('stop_times.txt', (lines) => {
      const fields = lines[54_000]!.split(',');
      fields[3] = 'no-such-stop';
      lines[54_000] = fields.join(',');
      return lines;
    });
    await expectRejected(dir, {
      file: 'stop_times.txt',
      line: 54_001,
      field: 'stop_id',
      message: 'unknown stop_id "no-such-stop"',
    });
  });

  it('rejects a trip with an unknown route and lists every error', async () => {
    const dir = await brokenFeed('trips.txt', (lines) =>
      lines.map((l, i) => (i === 10 || i === 20 ? l.replace(/^\d+,/, '99999,') : l)),
    );
    const e = await expectRejected(dir, {
      file: 'trips.txt',
      line: 11,
      field: 'route_id',
      message: 'unknown route_id "99999"',
    });
    expect(e.total).toBe(2);
    expect(e.issues[1]).toMatchObject({ file: 'trips.txt', line: 21, field: 'route_id' });
  });
});
