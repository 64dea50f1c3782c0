import pino from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import type { Db } from '../db/db.ts';
import { openBundledTestDb } from '../db/bundled-test-db.ts';
import { runOccupancyModel } from '../transit/model-occupancy.ts';

// The transit API on the real DPMLJ feed, modelled for Wednesday 28 Jan 2026.
const DAY = '2026-01-28';
const FUGNEROVA = '911'; // the central station (platforms 8882 … 10122)

describe('transit API', () => {
  let db: Db;
  let app: ReturnType<typeof buildApp>;

  beforeAll(async () => {
    db = await openBundledTestDb('occupancy');
    const logger = pino({ level: 'silent' });
    await runOccupancyModel(db, { day: DAY });
    app = buildApp({ config: loadConfig({}), db, logger });
  }, 600_000);

  afterAll(async () => {
    await db?.close();
  });

  it('serves the modelled loads of an hour, columnar, labelled as a model', async () => {
    const res = await request(app.callback()).get('/api/transit/load?hour=7').expect(200);
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    expect(res.body).toMatchObject({ hour: 7, date: DAY, source: 'model' });
    const b = res.body as Record<string, number[]>;
    expect(b.segment_ids!.length).toBeGreaterThan(300);
    for (const k of ['trips', 'capacity', 'passengers', 'load_factor', 'max_load_factor'])
      expect(b[k]!.length).toBe(b.segment_ids!.length);
    const [stored] = await db.query<{ n: number; passengers: number }>(
      `select count(*)::int as n, sum(passengers)::float8 as passengers
       from transport.transit_occupancy where service_date = $1 and hour = 7`,
      [DAY],
    );
    expect(b.segment_ids!.length).toBe(stored!.n);
    expect(b.passengers!.reduce((x, y) => x + y, 0)).toBeCloseTo(stored!.passengers, -1);
    // The ids join the segment lines the map draws.
    const [joined] = await db.query<{ n: number }>(
      'select count(*)::int as n from transport.transit_segments where id = any($1::int[])',
      [b.segment_ids],
    );
    expect(joined!.n).toBe(b.segment_ids!.length);
    const explicit = await request(app.callback()).get(`/api/transit/load?hour=7&date=${DAY}`).expect(200);
    expect(explicit.body).toEqual(res.body);
  });

  it('serves modelled boardings and alightings per stop', async () => {
    const res = await request(app.callback()).get('/api/transit/stop-activity?hour=7').expect(200);
    const b = res.body as {
      source: string;
      stop_ids: string[];
      boardings: number[];
      alightings: number[];
      lon: number[];
    };
    expect(b.source).toBe('model');
    expect(b.stop_ids.length).toBeGreaterThan(300);
    expect(b.boardings.length).toBe(b.stop_ids.length);
    expect(b.lon.every((x) => x > 14.8 && x < 15.3)).toBe(true);
  });

  it('lists the next departures from Fügnerova as the timetable has them', async () => {
    const res = await request(app.callback())
      .get(`/api/transit/departures?stop=${FUGNEROVA}&date=${DAY}&from=07:00&limit=10`)
      .expect(200);
    expect(res.body).toMatchObject({ stop: { id: FUGNEROVA, name: 'Fügnerova' }, date: DAY, from: '07:00' });
    // Independently: calls at the station's platforms from 07:00 by trips running that day (services
    // 1, 4, 6), but not a trip's last stop; ties in time by line and trip as the API orders them.
    const expected = await db.query<{ departure_s: number; trip_id: string }>(
      `select st.departure_s, st.trip_id
       from transport.gtfs_stop_times st
       join transport.gtfs_stops s on s.stop_id = st.stop_id
       join transport.gtfs_trips t on t.trip_id = st.trip_id
       join transport.gtfs_routes r on r.route_id = t.route_id
       where s.parent_station = '911' and st.departure_s >= 25200
         and t.service_id in ('1', '4', '6') and st.stop_sequence < t.stop_count - 1 + (
           select min(stop_sequence) from transport.gtfs_stop_times m where m.trip_id = t.trip_id)
       order by st.departure_s, r.short_name, t.trip_id limit 10`,
    );
    const got = (res.body as { departures: { departure_s: number; trip_id: string; time: string }[] })
      .departures;
    expect(got.map((d) => d.departure_s)).toEqual(expected.map((d) => d.departure_s));
    expect(new Set(got.map((d) => d.trip_id))).toEqual(new Set(expected.map((d) => d.trip_id)));
    expect(got[0]!.time).toBe(
      `${String(Math.floor(expected[0]!.departure_s / 3600)).padStart(2, '0')}:${String((expected[0]!.departure_s % 3600) / 60).padStart(2, '0')}`,
    );
  });

  it.each([
    ['/api/transit/load', 'hour'],
    ['/api/transit/load?hour=24', 'hour'],
    ['/api/transit/load?hour=abc', 'hour'],
    ['/api/transit/load?hour=7&date=2026-02-30', 'date'],
    ['/api/transit/load?hour=7&color=red', 'color'],
    ['/api/transit/stop-activity?hour=-1', 'hour'],
    ['/api/transit/departures', 'stop'],
    ['/api/transit/departures?stop=911&from=7:00', 'from'],
    ['/api/transit/departures?stop=911&limit=0', 'limit'],
    ['/api/transit/departures?stop=911&stop=912', 'stop'],
  ])('answers %s with 400 naming %s', async (url, field) => {
    const res = await request(app.callback()).get(url).expect(400);
    expect(res.body.error).toMatchObject({ code: 'invalid_parameter', field });
  });

  it('answers 404 for an unknown stop or a day that was not modelled', async () => {
    const stop = await request(app.callback()).get('/api/transit/departures?stop=no-such-stop').expect(404);
    expect(stop.body.error).toMatchObject({ code: 'not_found', field: 'stop' });
    const day = await request(app.callback()).get('/api/transit/load?hour=7&date=2026-02-04').expect(404);
    expect(day.body.error).toMatchObject({ code: 'not_found', field: 'date' });
    expect(day.body.error.message).toContain('no transit occupancy model for 2026-02-04');
  });
});
