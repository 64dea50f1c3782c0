import pino from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import type { Db } from '../db/db.ts';
import { openBundledTestDb } from '../db/bundled-test-db.ts';
import { dijkstra, pathArcs } from '../network/dijkstra.ts';
import { readRoadGraph } from '../network/read-road-graph.ts';
import { loadAccidents } from './load-accidents.ts';
import { loadTrafficModel, modelTrafficIfEmpty, type TrafficLoadResult } from './load-traffic-model.ts';
import { TRAFFIC_SQL } from './traffic-sql.ts';

const silent = pino({ level: 'silent' });

describe('traffic model and night accidents on the bundled data', () => {
  let db: Db;
  let model: TrafficLoadResult;
  let app: ReturnType<typeof buildApp>;
  /** Weekday vehicles per segment id, from the stored rows. */
  let weekday: Map<number, number>;
  let classOf: Map<number, string>;
  let centres: Map<string, number>;

  beforeAll(async () => {
    db = await openBundledTestDb('occupancy');
    const first = await modelTrafficIfEmpty(db, silent);
    model = first.traffic ?? (await loadTrafficModel(db));
    if (!first.accidents) await loadAccidents(db);
    const rows = await db.query<{ segment_id: number; class: string; vehicles: number }>(
      `select c.segment_id, s.class, sum(c.vehicles)::float8 as vehicles
       from transport.traffic_counts c join transport.road_segments s on s.id = c.segment_id
       where c.source = 'model' and c.day_type = 'weekday' group by 1, 2`,
    );
    weekday = new Map(rows.map((r) => [r.segment_id, r.vehicles]));
    classOf = new Map(rows.map((r) => [r.segment_id, r.class]));
    const nodes = await db.query<{ name: string; id: number }>(
      `select m.name, n.id from transport.road_nodes n
       join admin.municipalities m on n.kind = 'municipality' and n.ref = m.code`,
    );
    centres = new Map(nodes.map((n) => [n.name, n.id]));
    app = buildApp({ config: loadConfig(), db, logger: silent });
  });
  afterAll(() => db?.close());

  it('models every municipality with a calibrated total and mean trip time', async () => {
    expect(model.zones).toBe(215);
    expect(model.population).toBe(442_476);
    expect(model.totalTrips).toBeCloseTo(0.4 * 442_476, 6);
    expect(model.meanMinutes).toBeCloseTo(20, 3);
    const [row] = await db.query<{ rows: number; segments: number; version: number }>(
      `select (select count(*) from transport.traffic_counts where source = 'model')::int as rows,
              (select count(*) from transport.road_segments)::int as segments,
              (select version from ops.data_versions where dataset = 'traffic')::int as version`,
    );
    expect(row!.rows).toBe(row!.segments * 48);
    expect(row!.version).toBeGreaterThanOrEqual(1);
    expect(await modelTrafficIfEmpty(db, silent)).toEqual({ traffic: null, accidents: null });
  });

  it('loads every segment that lies on a path between two municipalities', async () => {
    // Trip ends: each municipality's stop and centre nodes. A segment lies on some path when it is on
    // the fastest path from a trip end of one municipality to a trip end of another.
    const graph = await readRoadGraph(db);
    const ends = await db.query<{ code: string; node_id: number }>(TRAFFIC_SQL.selectZoneEnds);
    const zoneOf = new Map(ends.map((e) => [graph.indexOf(e.node_id)!, e.code]));
    const tails = new Int32Array(graph.heads.length);
    for (let u = 0; u < graph.nodeIds.length; u++) tails.fill(u, graph.offsets[u]!, graph.offsets[u + 1]!);
    const onPath = new Set<number>();
    for (const [from, zone] of zoneOf) {
      const { viaArc } = dijkstra(graph, [{ node: from }]);
      const seen = new Uint8Array(graph.nodeIds.length);
      for (const [to, other] of zoneOf) {
        if (other === zone) continue;
        for (let v = to; viaArc[v] !== -1 && !seen[v]; v = tails[viaArc[v]!]!) {
          seen[v] = 1;
          onPath.add(graph.segmentIds[viaArc[v]!]!);
        }
      }
    }
    const empty = [...onPath].filter((id) => !((weekday.get(id) ?? 0) > 0));
    console.log(`segments on a path between municipalities: ${onPath.size} of ${weekday.size}`);
    expect(onPath.size).toBeGreaterThan(3000);
    expect(empty).toEqual([]);
    // And nothing off those paths carries traffic.
    const stray = [...weekday].filter(([id, v]) => v > 0 && !onPath.has(id));
    expect(stray).toEqual([]);
  });

  it('puts more traffic on class I roads and the D10 than on local roads', () => {
    const mean = (classes: string[]) => {
      const v = [...weekday].filter(([id]) => classes.includes(classOf.get(id)!)).map(([, x]) => x);
      return v.reduce((s, x) => s + x, 0) / v.length;
    };
    const local = mean(['local']);
    console.log(
      `mean weekday vehicles: motorway ${mean(['motorway']).toFixed(0)}, I ${mean(['I']).toFixed(0)}, ` +
        `II ${mean(['II']).toFixed(0)}, III ${mean(['III']).toFixed(0)}, local ${local.toFixed(0)}`,
    );
    expect(mean(['I'])).toBeGreaterThan(5 * local);
    expect(mean(['I'])).toBeGreaterThan(mean(['II']));
    expect(mean(['II'])).toBeGreaterThan(mean(['III']));
    expect(mean(['motorway', 'I'])).toBeGreaterThan(local);
  });

  it('gives the Liberec – Jablonec corridor a plausible AADT (real I/14: a few 10,000s)', async () => {
    const graph = await readRoadGraph(db);
    const paths = dijkstra(graph, [{ node: graph.indexOf(centres.get('Liberec')!)! }]);
    const ids = pathArcs(graph, paths, graph.indexOf(centres.get('Jablonec nad Nisou')!)!).map(
      (a) => graph.segmentIds[a]!,
    );
    const aadt = await db.query<{ aadt: number }>(
      `select aadt::float8 as aadt from transport.traffic_aadt where source = 'model' and segment_id = any($1::int[])
       order by aadt`,
      [`{${ids.join(',')}}`],
    );
    const median = aadt[Math.floor(aadt.length / 2)]!.aadt;
    console.log(
      `Liberec – Jablonec: ${ids.length} segments, AADT ${aadt[0]!.aadt.toFixed(0)} … median ${median.toFixed(0)}`,
    );
    expect(aadt).toHaveLength(ids.length);
    expect(median).toBeGreaterThan(10_000);
    expect(median).toBeLessThan(60_000);
  });

  it('has more traffic at 07:00 than at 03:00 on a weekday on every loaded segment', async () => {
    const [row] = await db.query<{ loaded: number; wrong: number }>(
      `select count(*)::int as loaded, count(*) filter (where h7.vehicles <= h3.vehicles)::int as wrong
       from transport.traffic_counts h7
       join transport.traffic_counts h3 using (segment_id, day_type, source)
       where h7.source = 'model' and h7.day_type = 'weekday' and h7.hour = 7 and h3.hour = 3
         and h7.vehicles > 0`,
    );
    expect(row!.loaded).toBeGreaterThan(1500);
    expect(row!.wrong).toBe(0);
  });

  it('loads all night accidents and joins most of them to a segment within 250 m', async () => {
    const [row] = await db.query<{ n: number; joined: number; far: number; version: number }>(
      `select count(*)::int as n, count(segment_id)::int as joined,
              count(*) filter (where segment_id is not null and distance_m > 250)::int as far,
              (select version from ops.data_versions where dataset = 'accidents')::int as version
       from transport.accidents`,
    );
    console.log(
      `accidents: ${row!.n}, joined ${row!.joined} (${((100 * row!.joined) / row!.n).toFixed(1)} %)`,
    );
    expect(row!.n).toBe(10_679);
    expect(row!.joined / row!.n).toBeGreaterThan(0.75);
    expect(row!.far).toBe(0);
    expect(row!.version).toBeGreaterThanOrEqual(1);
  });

  describe('API', () => {
    it('GET /api/traffic/hourly answers columnar values of all segments, cached by ETag', async () => {
      const res = await request(app.callback()).get('/api/traffic/hourly?day=weekday&hour=7').expect(200);
      expect(res.headers['cache-control']).toMatch(/max-age=3600/);
      expect(res.headers.etag).toMatch(/^"[\w-]+"$/);
      const body = res.body as {
        day: string;
        hour: number;
        source: string;
        segment_ids: number[];
        vehicles: number[];
        heavy: number[];
      };
      expect(body).toMatchObject({ day: 'weekday', hour: 7, source: 'model' });
      expect(body.segment_ids).toHaveLength(classOf.size);
      expect(body.vehicles).toHaveLength(classOf.size);
      expect(body.heavy).toHaveLength(classOf.size);
      const i = body.segment_ids.indexOf([...weekday].sort((a, b) => b[1] - a[1])[0]![0]);
      expect(body.vehicles[i]).toBeGreaterThan(100);
      expect(body.heavy[i]).toBeLessThan(body.vehicles[i]!);
      await request(app.callback())
        .get('/api/traffic/hourly?day=weekday&hour=7')
        .set('If-None-Match', res.headers.etag!)
        .expect(304);
      const night = await request(app.callback()).get('/api/traffic/hourly?day=weekend&hour=3').expect(200);
      expect((night.body as { vehicles: number[] }).vehicles[i]).toBeLessThan(body.vehicles[i]!);
    });

    it.each([
      ['hour=24&day=weekday', 'hour'],
      ['hour=-1&day=weekday', 'hour'],
      ['hour=7.5&day=weekday', 'hour'],
      ['hour=7&day=x', 'day'],
      ['day=weekday', 'hour'],
      ['hour=7&day=weekday&foo=1', 'foo'],
      ['hour=7&hour=8&day=weekday', 'hour'],
    ])('GET /api/traffic/hourly?%s → 400 naming %s', async (query, field) => {
      const res = await request(app.callback()).get(`/api/traffic/hourly?${query}`).expect(400);
      expect(res.body).toMatchObject({ error: { code: 'invalid_parameter', field } });
    });

    it('GET /api/traffic/profile gives 2 × 24 values summing to the day', async () => {
      const [id, vehicles] = [...weekday].sort((a, b) => b[1] - a[1])[0]!;
      const res = await request(app.callback()).get(`/api/traffic/profile?segment=${id}`).expect(200);
      const body = res.body as {
        source: string;
        weekday: { vehicles: number[]; heavy: number[] };
        weekend: { vehicles: number[] };
      };
      expect(body.source).toBe('model');
      expect(body.weekday.vehicles).toHaveLength(24);
      expect(body.weekend.vehicles).toHaveLength(24);
      expect(body.weekday.vehicles.reduce((s, x) => s + x, 0)).toBeCloseTo(vehicles, -1);
      expect(body.weekend.vehicles.reduce((s, x) => s + x, 0)).toBeCloseTo(vehicles * 0.75, -1);
      expect(res.headers.etag).toBeDefined();
      await request(app.callback()).get('/api/traffic/profile?segment=999999').expect(404);
      const bad = await request(app.callback()).get('/api/traffic/profile?segment=abc').expect(400);
      expect(bad.body).toMatchObject({ error: { field: 'segment' } });
    });

    it('GET /api/traffic/accident-risk by class and by segment', async () => {
      const res = await request(app.callback()).get('/api/traffic/accident-risk?by=class').expect(200);
      const body = res.body as {
        denominator: string;
        note: string;
        joined: number;
        period: { days: number };
        classes: { class: string; accidents: number; night_mvkm: number; rate: number | null }[];
      };
      expect(body.denominator).toBe('model');
      expect(body.note).toMatch(/MODEL/);
      expect(body.period.days).toBe(2164);
      expect(body.classes.map((c) => c.class)).toEqual(['motorway', 'I', 'II', 'III', 'local']);
      expect(body.classes.reduce((s, c) => s + c.accidents, 0)).toBe(body.joined);
      const classI = body.classes.find((c) => c.class === 'I')!;
      expect(classI.rate!).toBeCloseTo(classI.accidents / classI.night_mvkm, 1);
      console.log(
        'night accidents per million vehicle-km (model denominator): ' +
          body.classes.map((c) => `${c.class} ${c.accidents}/${c.night_mvkm} → ${c.rate}`).join('; '),
      );
      const seg = await request(app.callback()).get('/api/traffic/accident-risk?by=segment').expect(200);
      const s = seg.body as { segment_ids: number[]; accidents: number[]; rate: (number | null)[] };
      expect(s.accidents).toHaveLength(s.segment_ids.length);
      expect(s.accidents.reduce((t, x) => t + x, 0)).toBe(body.joined);
      await request(app.callback()).get('/api/traffic/accident-risk?by=x').expect(400);
    });
  });
});
