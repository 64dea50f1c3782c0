import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/db.ts';
import { openBundledTestDb } from '../db/bundled-test-db.ts';
import {
  defaultServiceDay,
  modelOccupancyIfEmpty,
  runOccupancyModel,
  TRANSIT_OCCUPANCY_DATASET,
  type OccupancyRunResult,
} from './model-occupancy.ts';

// The MODEL on the real bundled DPMLJ feed (53 routes; 2,272 trips run on Wednesday 28 Jan 2026).
describe('transit occupancy model on the DPMLJ feed', () => {
  let db: Db;
  let first: OccupancyRunResult | null;

  const version = async () =>
    (
      await db.query<{ version: number }>('select version from ops.data_versions where dataset = $1', [
        TRANSIT_OCCUPANCY_DATASET,
      ])
    )[0]?.version ?? 0;
  const snapshot = () =>
    db.query(
      `select segment_id, hour, trips, capacity, passengers, load_factor, max_load_factor
       from transport.transit_occupancy order by service_date, hour, segment_id`,
    );

  beforeAll(async () => {
    db = await openBundledTestDb('occupancy');
    // A re-used PostGIS test database may hold runs from before; start as a fresh one would.
    await db.query('delete from transport.transit_occupancy_runs');
    first = await modelOccupancyIfEmpty(db, { info: () => undefined });
  }, 600_000);

  afterAll(async () => {
    await db?.close();
  });

  it('models the first Wednesday of the feed at first start, once', async () => {
    expect(await defaultServiceDay(db)).toBe('2026-01-28');
    expect(first).not.toBeNull();
    expect(first!.day).toBe('2026-01-28');
    expect(first!.totals.trips).toBe(2272);
    expect(await modelOccupancyIfEmpty(db, { info: () => undefined })).toBeNull();
    const [counts] = await db.query<Record<string, number>>(`
      select (select count(distinct route_id) from transport.transit_segments)::int as routes_with_segments,
             (select count(*) from transport.gtfs_routes)::int as routes,
             (select count(*) from transport.transit_segments)::int as segments,
             (select count(*) from transport.transit_segments where ST_NPoints(geom) <> 2)::int as not_straight,
             (select count(*) from transport.transit_occupancy where source <> 'model')::int as not_model`);
    expect(counts).toEqual({
      routes_with_segments: 53,
      routes: 53,
      segments: first!.segments,
      not_straight: 0,
      not_model: 0,
    });
    const t = first!.totals;
    console.log(
      `transit MODEL on ${db.kind}: ${first!.segments} segments, ${first!.occupancyRows} segment-hours, ` +
        `residents in catchments ${Math.round(t.residentsInCatchments)} (unreached ${Math.round(t.residentsUnreached)}), ` +
        `boardings ${Math.round(t.boardings)} of demand ${Math.round(t.demand)}, ${first!.ms} ms`,
    );
  });

  it('conserves passengers in the stored stop activity and is deterministic', async () => {
    const [sums] = await db.query<{ boardings: number; alightings: number }>(
      `select sum(boardings)::float8 as boardings, sum(alightings)::float8 as alightings
       from transport.transit_stop_activity where service_date = '2026-01-28'`,
    );
    expect(sums!.boardings).toBeCloseTo(first!.totals.boardings, -1);
    expect(sums!.alightings).toBeCloseTo(sums!.boardings, -1);
    // Plausibility: a weekday's boardings are a fraction of the residents around the stops.
    expect(first!.totals.boardings / first!.totals.residentsInCatchments).toBeGreaterThan(0.5);
    expect(first!.totals.boardings / first!.totals.residentsInCatchments).toBeLessThan(1);
    const before = await snapshot();
    const v = await version();
    const again = await runOccupancyModel(db);
    expect(again.version).toBe(v + 1);
    expect(again.totals).toEqual(first!.totals);
    expect(await snapshot()).toEqual(before);
  });

  it('loads trams more than the average bus line at 07:00, with plausible load factors', async () => {
    const perType = await db.query<{ route_type: number; routes: number; mean_passengers: number }>(`
      with per_route as (
        select g.route_id, g.route_type, avg(o.passengers) as passengers
        from transport.transit_occupancy o join transport.transit_segments g on g.id = o.segment_id
        where o.service_date = '2026-01-28' and o.hour = 7
        group by g.route_id, g.route_type)
      select route_type, count(*)::int as routes, avg(passengers)::float8 as mean_passengers
      from per_route group by route_type order by route_type`);
    const tram = perType.find((r) => r.route_type === 0)!;
    const bus = perType.find((r) => r.route_type === 3)!;
    expect(tram.routes).toBe(4);
    expect(tram.mean_passengers).toBeGreaterThan(bus.mean_passengers);

    const [dist] = await db.query<Record<string, number>>(`
      select percentile_cont(0.5) within group (order by max_load_factor)::float8 as p50,
             percentile_cont(0.9) within group (order by max_load_factor)::float8 as p90,
             percentile_cont(0.99) within group (order by max_load_factor)::float8 as p99,
             max(max_load_factor)::float8 as max,
             count(*) filter (where max_load_factor > 1)::int as overloaded
      from transport.transit_occupancy where service_date = '2026-01-28' and hour = 7`);
    console.log(
      `transit MODEL load factors at 07:00 (fullest trip per segment-hour): ${JSON.stringify(dist)}`,
    );
    expect(dist!.p50).toBeGreaterThan(0.05);
    expect(dist!.p50).toBeLessThan(0.6);
    expect(dist!.max).toBeLessThan(2);
    // Overloads are flagged, not hidden: the peak-hour fullest trips may exceed nominal capacity.
    expect(first!.totals.maxLoadFactor).toBeGreaterThan(dist!.p99!);
  });

  it('refuses a day without service and keeps the stored runs', async () => {
    const v = await version();
    await expect(runOccupancyModel(db, { day: '2026-03-15' })).rejects.toThrow(
      'no trips of the loaded GTFS feed run on 2026-03-15',
    );
    expect(await version()).toBe(v);
  });
});
