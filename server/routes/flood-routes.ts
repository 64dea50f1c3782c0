import Router from '@koa/router';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { Config } from '../config.ts';
import type { Db } from '../db/db.ts';
import { badRequest, notFound } from '../errors.ts';
import { registerFloodAlerts } from '../flood/alert-store.ts';
import {
  exposureCsv,
  exposureGeoJson,
  floodExposure,
  ZONE_KINDS,
  zoneRiverNames,
} from '../flood/flood-exposure.ts';
import { floodTimeline, gaugeById, gaugeSeries, listAlerts, readingsRange } from '../flood/flood-queries.ts';
import { createStatusCache, type CachedStatus, type StatusCache } from '../flood/status-cache.ts';
import { zoneRiversOfGauge, zoneRiversOfName } from '../flood/zone-rivers.ts';
import { parseQuery } from './query-params.ts';
import { sendCached, sendCachedJson } from './send-cached.ts';

export interface FloodRoutesDeps {
  db: Db;
  logger: Logger;
  config: Config;
  /** Tests and the bench pass their own; built from the config otherwise. */
  statusCache?: StatusCache;
}

/** Live answers: seconds of caching absorb a crowd, the ETag revalidates cheaply. */
const LIVE_CACHE = 'public, max-age=5';
const HISTORY_CACHE = 'public, max-age=60';
/** Longest series one request may ask for. */
const MAX_SERIES_DAYS = 120;
const DAY = 86_400_000;

const isoTime = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})?)?$/,
    'must be an ISO 8601 time',
  )
  .transform((s) => new Date(s.length === 10 ? `${s}T00:00:00Z` : s))
  .refine((d) => !Number.isNaN(d.getTime()), 'must be a valid time');
const gaugeId = z.string().min(1).max(64);

const STATUS = z.strictObject({ at: isoTime.optional() });
const SERIES = z.strictObject({ from: isoTime.optional(), to: isoTime.optional() });
const ALERTS = z.strictObject({
  status: z.enum(['open', 'closed', 'all']).default('all'),
  gauge: gaugeId.optional(),
  limit: z
    .string()
    .regex(/^\d{1,5}$/, 'must be an integer')
    .transform(Number)
    .refine((n) => n >= 1 && n <= 5000, 'must be between 1 and 5000')
    .default(1000),
});
const EXPOSURE = z.strictObject({
  gauge: gaugeId.optional(),
  river: z.string().min(1).max(100).optional(),
  zone: z.enum(ZONE_KINDS).default('Q100'),
  format: z.enum(['json', 'csv', 'geojson']).default('json'),
});

const sseFrame = (s: CachedStatus) =>
  `event: status\nid: ${s.etag.replaceAll('"', '')}\ndata: ${s.body.toString()}\n\n`;

/**
 * The flood API (all data is the seeded model on the real ČHMÚ gauges, labelled `modelled: true`):
 * GET /api/flood/status[?at=ISO], /api/flood/events (SSE), /api/flood/gauges/:id/series?from=&to=,
 * /api/flood/timeline, /api/flood/alerts?status=&gauge=&limit=,
 * /api/flood/exposure?gauge=ID|river=NAME&zone=Q5|Q20|Q100&format=json|csv|geojson.
 * The default clock is the model's: the latest stored reading (`?at=` replays an earlier time).
 */
export function floodRoutes(deps: FloodRoutesDeps): Router {
  const { db, config, logger } = deps;
  registerFloodAlerts(db);
  const status = deps.statusCache ?? createStatusCache(db, { enabled: config.flood.statusCache });
  const router = new Router({ prefix: '/api/flood' });

  router.get('/status', async (ctx) => {
    const { at } = parseQuery(ctx, STATUS);
    const s = await status.get(at);
    sendCached(ctx, s.body, { etag: s.etag, cacheControl: LIVE_CACHE });
  });

  router.get('/events', async (ctx) => {
    parseQuery(ctx, z.strictObject({}));
    const first = await status.get();
    // Written to the socket directly (ctx.respond = false): Koa's stream piping would report every
    // client disconnect as an error, and an event stream ends only by disconnecting.
    ctx.respond = false;
    const res = ctx.res;
    ctx.req.socket.setTimeout(0);
    ctx.req.socket.setNoDelay(true);
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
      'Access-Control-Allow-Origin': '*',
    });
    let lastEtag: string | null = null;
    const send = (s: CachedStatus) => {
      if (s.etag === lastEtag) return;
      lastEtag = s.etag;
      res.write(sseFrame(s));
    };
    // The client reconnects after this many ms if the connection drops.
    res.write('retry: 5000\n\n');
    send(first);
    const unsubscribe = status.subscribe(send);
    const heartbeat = setInterval(
      () => res.write(`: heartbeat ${new Date().toISOString()}\n\n`),
      config.flood.sseHeartbeatMs,
    );
    // The response's close, not the request's: a GET request "closes" as soon as it has been read.
    res.once('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
      logger.debug('flood events stream closed');
    });
  });

  router.get('/gauges/:id/series', async (ctx) => {
    const id = ctx.params.id ?? '';
    const q = parseQuery(ctx, SERIES);
    const gauge = await gaugeById(db, id);
    if (!gauge) throw notFound('id', `no gauge ${JSON.stringify(id.slice(0, 64))}`);
    const range = await readingsRange(db);
    const to = q.to ?? range?.last ?? new Date();
    const from = q.from ?? range?.first ?? to;
    if (from > to) throw badRequest('from', 'from must not be after to');
    if (to.getTime() - from.getTime() > MAX_SERIES_DAYS * DAY)
      throw badRequest('from', `at most ${MAX_SERIES_DAYS} days per request`);
    sendCachedJson(ctx, await gaugeSeries(db, gauge, from, to), LIVE_CACHE);
  });

  router.get('/timeline', async (ctx) => {
    parseQuery(ctx, z.strictObject({}));
    sendCachedJson(ctx, await floodTimeline(db), LIVE_CACHE);
  });

  router.get('/alerts', async (ctx) => {
    const q = parseQuery(ctx, ALERTS);
    sendCachedJson(ctx, await listAlerts(db, q.status, q.gauge ?? null, q.limit), LIVE_CACHE);
  });

  router.get('/exposure', async (ctx) => {
    const q = parseQuery(ctx, EXPOSURE);
    if ((q.gauge === undefined) === (q.river === undefined))
      throw badRequest(q.gauge ? 'river' : 'gauge', 'give either gauge or river');
    let query;
    if (q.gauge !== undefined) {
      const g = await gaugeById(db, q.gauge);
      if (!g) throw notFound('gauge', `no gauge ${JSON.stringify(q.gauge.slice(0, 64))}`);
      query = {
        river: g.river,
        zone: q.zone,
        zoneRivers: zoneRiversOfGauge(g.river),
        gauge: { id: g.id, name: g.name },
      };
    } else {
      const river = q.river!;
      const zoneRivers = zoneRiversOfName(river, await zoneRiverNames(db));
      if (zoneRivers.length === 0)
        throw notFound('river', `no flood zones for river ${JSON.stringify(river.slice(0, 100))}`);
      query = { river, zone: q.zone, zoneRivers, gauge: null };
    }
    const e = await floodExposure(db, query);
    const name = `flood-exposure-${(q.gauge ?? q.river ?? '').replace(/[^\p{L}\p{N}-]+/gu, '_')}-${q.zone}`;
    if (q.format === 'csv') {
      sendCached(ctx, Buffer.from(exposureCsv(e)), {
        cacheControl: HISTORY_CACHE,
        type: 'text/csv; charset=utf-8',
        filename: `${encodeURIComponent(name)}.csv`,
      });
    } else if (q.format === 'geojson') {
      sendCached(ctx, Buffer.from(JSON.stringify(exposureGeoJson(e))), {
        cacheControl: HISTORY_CACHE,
        type: 'application/geo+json; charset=utf-8',
        filename: `${encodeURIComponent(name)}.geojson`,
      });
    } else {
      sendCachedJson(ctx, e, HISTORY_CACHE);
    }
  });

  return router;
}
