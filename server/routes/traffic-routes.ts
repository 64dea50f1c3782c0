import Router from '@koa/router';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { Config } from '../config.ts';
import type { Db } from '../db/db.ts';
import { notFound } from '../errors.ts';
import {
  accidentRiskByClass,
  accidentRiskBySegment,
  hourlyTraffic,
  segmentExists,
  segmentProfile,
} from '../traffic/traffic-queries.ts';
import { parseQuery } from './query-params.ts';
import { sendCachedJson } from './send-cached.ts';

export interface TrafficRoutesDeps {
  db: Db;
  logger: Logger;
  config: Config;
}

/** The model changes only when it is recomputed; an hour is fresh enough, the ETag revalidates. */
const CACHE_CONTROL = 'public, max-age=3600';

const integerText = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,9}$/, 'must be an integer')
    .transform(Number)
    .refine((n) => n >= min && n <= max, `must be between ${min} and ${max}`);

const HOURLY = z.strictObject({ day: z.enum(['weekday', 'weekend']), hour: integerText(0, 23) });
const PROFILE = z.strictObject({ segment: integerText(1, 2_147_483_647) });
const RISK = z.strictObject({ by: z.enum(['class', 'segment']).default('class') });

/**
 * Modelled traffic intensity (source = 'model') for the map's hour slider, joined by the client to the
 * `road-segments` tiles by segment id, and the night accident-risk indicator:
 * GET /api/traffic/hourly?day=weekday|weekend&hour=0..23, GET /api/traffic/profile?segment=ID,
 * GET /api/traffic/accident-risk?by=class|segment.
 */
export function trafficRoutes(deps: TrafficRoutesDeps): Router {
  const { db } = deps;
  const router = new Router({ prefix: '/api/traffic' });

  router.get('/hourly', async (ctx) => {
    const { day, hour } = parseQuery(ctx, HOURLY);
    sendCachedJson(ctx, await hourlyTraffic(db, day, hour), CACHE_CONTROL);
  });

  router.get('/profile', async (ctx) => {
    const { segment } = parseQuery(ctx, PROFILE);
    const profile = await segmentProfile(db, segment);
    if (!profile) {
      const exists = await segmentExists(db, segment);
      throw notFound(
        'segment',
        exists ? `road segment ${segment} has no modelled traffic` : `no road segment ${segment}`,
      );
    }
    sendCachedJson(ctx, profile, CACHE_CONTROL);
  });

  router.get('/accident-risk', async (ctx) => {
    const { by } = parseQuery(ctx, RISK);
    sendCachedJson(
      ctx,
      by === 'class' ? await accidentRiskByClass(db) : await accidentRiskBySegment(db),
      CACHE_CONTROL,
    );
  });

  return router;
}
