import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Koa from 'koa';
import pino from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import type { Db } from '../db/db.ts';
import { openTestDb } from '../db/test-db.ts';
import {
  GAUGE_H,
  GAUGE_NONE,
  GAUGE_Q,
  insertFloodFixture,
  PLOUCNICE_Q100,
} from '../flood/fixtures/flood-fixture.ts';
import { createStatusCache, type StatusCache } from '../flood/status-cache.ts';
import { errorMiddleware } from '../middleware/errors.ts';
import { ingestGaugeReadings } from '../readings-ingest/index.ts';
import { floodRoutes } from './flood-routes.ts';

const T0 = Date.parse('2026-07-01T00:00:00Z');
const at = (h: number) => new Date(T0 + h * 3_600_000).toISOString();
const NOW = new Date('2026-08-01T00:00:00Z');
const H_LEVELS = [50, 60, 72, 85, 95, 112, 120, 110, 95, 80, 68, 60, 55];
const Q_FLOWS = [5, 12, 15, 19, 16, 9];

const hRows = (from: number, to: number) =>
  H_LEVELS.slice(from, to).map((level_cm, i) => ({
    gauge: GAUGE_H,
    ts: at(from + i),
    level_cm,
    discharge_m3s: level_cm / 4,
    precipitation_mm: 1,
  }));

interface Status {
  asOf: string;
  clock: string;
  modelled: boolean;
  counts: Record<string, number>;
  gauges: {
    id: string;
    stage: string;
    measure: string;
    value: number | null;
    trend: string | null;
    stale: boolean;
    lastReadingAt: string | null;
    precipitation_24h_mm: number | null;
    thresholds: Record<string, number | null>;
  }[];
}

describe('flood API', () => {
  let db: Db;
  let status: StatusCache;
  let app: Koa;
  const get = (url: string) => request(app.callback()).get(url);
  const gauge = (s: Status, id: string) => s.gauges.find((g) => g.id === id)!;

  beforeAll(async () => {
    db = await openTestDb();
    await insertFloodFixture(db);
    const logger = pino({ level: 'silent' });
    const config = loadConfig({ FLOOD_SSE_HEARTBEAT_S: '1' });
    status = createStatusCache(db);
    app = new Koa();
    app.use(errorMiddleware(logger));
    app.use(floodRoutes({ db, logger, config, statusCache: status }).routes());
    // Two batches, so that the alerts are computed incrementally across them.
    for (const rows of [
      hRows(0, 7),
      [
        ...hRows(7, 13),
        ...Q_FLOWS.map((q, h) => ({ gauge: GAUGE_Q, ts: at(h), level_cm: 130, discharge_m3s: q })),
        ...[0, 1, 2, 3, 4, 5, 6].map((h) => ({ gauge: GAUGE_NONE, ts: at(h), level_cm: 40 })),
      ],
    ]) {
      const r = await ingestGaugeReadings(db, rows, { now: NOW, mode: 'strict' });
      expect(r.rejected).toBe(0);
    }
  });
  afterAll(async () => {
    status?.close();
    await db?.close();
  });

  it('serves the status at the model clock (latest reading), cacheable for 5 s with an ETag', async () => {
    const res = await get('/api/flood/status').expect(200);
    expect(res.headers['cache-control']).toBe('public, max-age=5');
    const s = res.body as Status;
    expect(s).toMatchObject({ asOf: at(12), clock: 'model', modelled: true });
    expect(gauge(s, GAUGE_H)).toMatchObject({
      stage: 'none',
      measure: 'H',
      value: 55,
      trend: 'falling',
      stale: false,
      precipitation_24h_mm: 13,
      thresholds: { spa1: 70, spa2: 90, spa3: 110, dry: 15 },
    });
    // Judged on discharge (9 m³/s: none) although its level (130 cm) is above the H SPA1; stale after 7 h.
    expect(gauge(s, GAUGE_Q)).toMatchObject({
      stage: 'none',
      measure: 'Q',
      value: 9,
      stale: true,
      lastReadingAt: at(5),
    });
    expect(gauge(s, GAUGE_NONE)).toMatchObject({ stage: 'unknown', measure: 'H', value: 40, stale: true });
    expect(s.counts).toMatchObject({ none: 2, unknown: 1, stale: 2 });
    await get('/api/flood/status').set('If-None-Match', res.headers.etag!).expect(304);
  });

  it('replays an earlier time with ?at=', async () => {
    const s = (await get(`/api/flood/status?at=${encodeURIComponent(at(6))}`).expect(200)).body as Status;
    expect(s).toMatchObject({ asOf: at(6), clock: 'at' });
    expect(gauge(s, GAUGE_H)).toMatchObject({ stage: 'SPA3', value: 120, trend: 'rising' });
    expect(gauge(s, GAUGE_Q)).toMatchObject({ stage: 'none', value: 9, trend: 'falling', stale: false });
    const peak = (await get(`/api/flood/status?at=${encodeURIComponent(at(3))}`).expect(200)).body as Status;
    expect(gauge(peak, GAUGE_Q)).toMatchObject({ stage: 'SPA3', value: 19 });
    expect(gauge(peak, GAUGE_H)).toMatchObject({ stage: 'SPA1', value: 85 });
  });

  it('opened and closed the alerts across the two batches, keeping the peak', async () => {
    const res = await get(`/api/flood/alerts?gauge=${GAUGE_H}`).expect(200);
    const alerts = (
      res.body.alerts as { stage: string; openedAt: string; closedAt: string; peakValue: number }[]
    )
      .map((a) => [a.stage, a.openedAt, a.closedAt, a.peakValue])
      .sort();
    expect(alerts).toEqual([
      ['SPA1', at(2), at(10), 120],
      ['SPA2', at(4), at(9), 120],
      ['SPA3', at(5), at(8), 120],
    ]);
    const q = await get(`/api/flood/alerts?gauge=${GAUGE_Q}&status=closed`).expect(200);
    expect(q.body.alerts.map((a: { stage: string }) => a.stage).sort()).toEqual(['SPA1', 'SPA2', 'SPA3']);
    expect((await get('/api/flood/alerts?status=open').expect(200)).body.alerts).toEqual([]);
  });

  it('rewinds the alerts when a reading is corrected', async () => {
    await ingestGaugeReadings(db, [{ gauge: GAUGE_H, ts: at(8), level_cm: 115 }], { now: NOW });
    const res = await get(`/api/flood/alerts?gauge=${GAUGE_H}`).expect(200);
    const spa3 = res.body.alerts.find((a: { stage: string }) => a.stage === 'SPA3');
    expect(spa3).toMatchObject({ openedAt: at(5), closedAt: at(9), peakValue: 120, peakAt: at(6) });
    await ingestGaugeReadings(db, [{ gauge: GAUGE_H, ts: at(8), level_cm: 95 }], { now: NOW });
  });

  it('serves a gauge series as columns with its thresholds', async () => {
    const res = await get(
      `/api/flood/gauges/${GAUGE_H}/series?from=${encodeURIComponent(at(2))}&to=${encodeURIComponent(at(4))}`,
    ).expect(200);
    expect(res.body).toMatchObject({
      modelled: true,
      timestamps: [at(2), at(3), at(4)],
      level_cm: [72, 85, 95],
      thresholds: { spa1: 70, spa2: 90, spa3: 110, dry: 15 },
      thresholds_q: { spa1: 26 },
    });
    await get('/api/flood/gauges/nope/series').expect(404);
    const bad = await get(`/api/flood/gauges/${GAUGE_H}/series?from=yesterday`).expect(400);
    expect(bad.body.error.field).toBe('from');
  });

  it('serves the timeline with the peak of the event', async () => {
    const res = await get('/api/flood/timeline').expect(200);
    expect(res.body).toMatchObject({ from: at(0), to: at(12), step: 'PT60M', stepMinutes: 60 });
    // Both flood gauges are at SPA1+ from h2 to h4; of those hours only h3 also has one at SPA3 (the Q gauge).
    expect(res.body.peakAt).toBe(at(3));
  });

  it('counts exposure inside the river zones, agreeing with an independent PostGIS query', async () => {
    const res = await get('/api/flood/exposure?river=Ploučnice&zone=Q100').expect(200);
    const e = res.body as { counts: Record<string, number>; features: Record<string, { id: string }[]> };
    for (const [layer, ids] of Object.entries(PLOUCNICE_Q100))
      expect(e.features[layer]!.map((f) => f.id).sort(), layer).toEqual(ids);
    // Written differently: one union of the zones, ST_Covers for points, ST_Intersects for lines.
    const [independent] = await db.query<Record<string, number>>(
      `with u as (select ST_Union(geom) as g from flood.zones where river = 'Ploučnice' and kind = 'Q100')
       select (select count(*) from energy.buildings b, u where ST_Covers(u.g, b.geom))::int as buildings,
              (select count(*) from energy.buildings b, u where b.type = 'school' and ST_Covers(u.g, b.geom))::int as schools,
              (select count(*) from heritage.sites h, u where ST_Covers(u.g, h.geom))::int as heritage,
              (select count(*) from emergency.hospitals x, u where ST_Covers(u.g, x.geom))::int as hospitals,
              (select count(*) from transport.stops s, u where ST_Covers(u.g, s.geom))::int as stops,
              (select count(*) from transport.road_segments r, u where ST_Intersects(u.g, r.geom))::int as roads`,
    );
    expect(e.counts).toEqual(independent);
    expect(e.counts).toEqual({ buildings: 2, schools: 1, heritage: 1, hospitals: 1, stops: 2, roads: 2 });
    const q5 = (await get('/api/flood/exposure?river=Ploučnice&zone=Q5').expect(200)).body;
    expect(q5.counts).toMatchObject({ buildings: 1, schools: 1, heritage: 1, stops: 1, hospitals: 0 });
  });

  it('maps a gauge to its river zones (Svitavka → Svitávka) and exports CSV and GeoJSON', async () => {
    const byGauge = (await get(`/api/flood/exposure?gauge=${GAUGE_Q}`).expect(200)).body;
    expect(byGauge).toMatchObject({
      river: 'Svitavka',
      zone: 'Q100',
      zoneRivers: ['Svitávka'],
      counts: { buildings: 1, schools: 1 },
    });
    const none = (await get(`/api/flood/exposure?gauge=${GAUGE_NONE}`).expect(200)).body;
    expect(none).toMatchObject({ zoneRivers: [], counts: { buildings: 0, roads: 0 } });
    const csv = await get('/api/flood/exposure?river=Ploučnice&format=csv').expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csv.text.trim().split('\r\n');
    expect(lines[0]).toBe('layer,id,name,kind,municipality,lon,lat,inside_m');
    expect(lines).toHaveLength(1 + 2 + 1 + 1 + 1 + 2 + 2);
    expect(lines).toContain('schools,1,ZŠ uvnitř,school,Česká Lípa,14.51,50.61,');
    const gj = await get('/api/flood/exposure?river=Ploučnice&format=geojson').expect(200);
    expect(gj.headers['content-type']).toMatch(/^application\/geo\+json/);
    const fc = JSON.parse(gj.text) as {
      features: { geometry: { type: string }; properties: { layer: string } }[];
    };
    expect(fc.features.filter((f) => f.properties.layer === 'roads').map((f) => f.geometry.type)).toEqual([
      'LineString',
      'LineString',
    ]);
  });

  it('answers bad input with 4xx JSON naming the parameter', async () => {
    const cases: [string, number, string][] = [
      ['/api/flood/status?at=soon', 400, 'at'],
      ['/api/flood/status?when=now', 400, 'when'],
      ['/api/flood/alerts?status=maybe', 400, 'status'],
      ['/api/flood/exposure?zone=Q100', 400, 'gauge'],
      [`/api/flood/exposure?gauge=${GAUGE_H}&river=Ploučnice`, 400, 'river'],
      ['/api/flood/exposure?river=Ploučnice&zone=Q50', 400, 'zone'],
      ['/api/flood/exposure?river=Nil', 404, 'river'],
      ['/api/flood/exposure?gauge=nope', 404, 'gauge'],
    ];
    for (const [url, code, field] of cases) {
      const res = await get(url).expect(code);
      expect(res.body.error.field, url).toBe(field);
    }
  });

  it('streams the status over SSE on connect and after an ingest, and cleans up on disconnect', async () => {
    const server = http.createServer(app.callback());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const events: Status[] = [];
      let heartbeats = 0;
      let buffer = '';
      const waiters: (() => void)[] = [];
      const req = http.get({ host: '127.0.0.1', port, path: '/api/flood/events' });
      const response = await new Promise<http.IncomingMessage>((resolve) => req.once('response', resolve));
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/event-stream/);
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (frame.startsWith(':')) heartbeats++;
          const data = frame.split('\n').find((l) => l.startsWith('data: '));
          if (frame.includes('event: status') && data) events.push(JSON.parse(data.slice(6)) as Status);
          waiters.splice(0).forEach((w) => w());
        }
      });
      const until = async (ok: () => boolean) => {
        while (!ok()) await new Promise<void>((resolve) => waiters.push(resolve));
      };
      await until(() => events.length === 1);
      expect(events[0]!.asOf).toBe(at(12));
      expect(status.listenerCount()).toBe(1);

      await ingestGaugeReadings(db, [{ gauge: GAUGE_H, ts: at(13), level_cm: 100 }], { now: NOW });
      await until(() => events.length === 2);
      expect(events[1]!.asOf).toBe(at(13));
      expect(gauge(events[1]!, GAUGE_H)).toMatchObject({ stage: 'SPA2', value: 100 });
      // An identical re-post writes nothing and sends nothing; the heartbeat (1 s here) keeps the line open.
      await ingestGaugeReadings(db, [{ gauge: GAUGE_H, ts: at(13), level_cm: 100 }], { now: NOW });
      await until(() => heartbeats >= 1);
      expect(events).toHaveLength(2);

      req.destroy();
      while (status.listenerCount() > 0) await new Promise((r) => setTimeout(r, 10));
      expect(status.listenerCount()).toBe(0);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
