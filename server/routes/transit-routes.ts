// Transit API: MODELLED segment loads and stop activity by hour (columnar, joined to the
// transit-segments tiles by id), and departures from a stop from the real timetable.
import Router from '@koa/router';
import type { Context } from 'koa';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { Config } from '../config.ts';
import type { Db } from '../db/db.ts';
import { notFound } from '../errors.ts';
import { servicesOnDay, stopDepartures } from '../gtfs/gtfs-queries.ts';
import { defaultServiceDay } from '../transit/model-occupancy.ts';
import { loadColumns, occupancyRun, stopActivityColumns, transitStop } from '../transit/transit-queries.ts';
import { parseQuery } from './query-params.ts';

export interface TransitRoutesDeps {
  db: Db;
  logger: Logger;
  config: Config;
}

/** A model run changes only when the model is run again; a few minutes is fresh enough. */
const MODEL_CACHE_CONTROL = 'public, max-age=300';
const DEPARTURES_CACHE_CONTROL = 'public, max-age=60';
const MODEL_NOTE = 'MODEL: passenger numbers are modelled from catchment population, not counted';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, 'not a calendar date');
const hour = z.coerce.number().int().min(0).max(23);
const hourParams = z.object({ hour, date: isoDate.optional() }).strict();
const departureParams = z
  .object({
    stop: z.string().min(1).max(64),
    date: isoDate.optional(),
    // Service-day times run past midnight (GTFS 25:10 is 01:10 the next morning).
    from: z
      .string()
      .regex(/^([0-3]\d|4[0-7]):[0-5]\d$/, 'expected HH:MM (00:00–47:59)')
      .optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict();

const hhmm = (s: number) =>
  `${String(Math.floor(s / 3600)).padStart(2, '0')}:${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}`;

/** Today's date and the time in Prague (the feed's time zone). */
function pragueNow(): { date: string; seconds: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/Prague',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date())
      .map((p) => [p.type, p.value]),
  );
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    seconds: Number(parts.hour) * 3600 + Number(parts.minute) * 60,
  };
}

export function transitRoutes(deps: TransitRoutesDeps): Router {
  const { db } = deps;
  const router = new Router({ prefix: '/api/transit' });

  /** The modelled day asked for, or the feed's representative weekday; 404 when it was not modelled. */
  async function modelledDay(date: string | undefined): Promise<string> {
    const day = date ?? (await defaultServiceDay(db));
    if (day === null) throw notFound('date', 'no GTFS feed is loaded, so there is no transit model');
    if (!(await occupancyRun(db, day)))
      throw notFound(
        'date',
        `no transit occupancy model for ${day} (run scripts/model-occupancy.ts --date ${day})`,
      );
    return day;
  }

  // Both hourly answers are model columns for one modelled day, under the same envelope.
  const modelHour =
    (columns: (db: Db, day: string, hour: number) => Promise<object>) => async (ctx: Context) => {
      const q = parseQuery(ctx, hourParams);
      const day = await modelledDay(q.date);
      ctx.set('Cache-Control', MODEL_CACHE_CONTROL);
      ctx.body = {
        hour: q.hour,
        date: day,
        source: 'model',
        note: MODEL_NOTE,
        ...(await columns(db, day, q.hour)),
      };
    };
  router.get('/load', modelHour(loadColumns));
  router.get('/stop-activity', modelHour(stopActivityColumns));

  router.get('/departures', async (ctx) => {
    const q = parseQuery(ctx, departureParams);
    const stop = await transitStop(db, q.stop);
    if (!stop) throw notFound('stop', `no stop "${q.stop.slice(0, 64)}" in the loaded GTFS feed`);
    // Without a date: today from now on if anything runs today, else the feed's representative weekday.
    let day = q.date;
    let fromS = q.from ? Number(q.from.slice(0, 2)) * 3600 + Number(q.from.slice(3)) * 60 : 0;
    if (day === undefined) {
      const now = pragueNow();
      if ((await servicesOnDay(db, now.date)).length > 0) {
        day = now.date;
        if (!q.from) fromS = now.seconds;
      } else day = (await defaultServiceDay(db)) ?? now.date;
    }
    const rows = await stopDepartures(db, stop.stop_id, day, fromS, q.limit);
    ctx.set('Cache-Control', DEPARTURES_CACHE_CONTROL);
    ctx.body = {
      stop: { id: stop.stop_id, name: stop.name },
      date: day,
      from: hhmm(fromS),
      source: 'timetable',
      departures: rows.map((d) => ({
        time: hhmm(d.departure_s),
        departure_s: d.departure_s,
        route_id: d.route_id,
        route_short_name: d.short_name,
        route_type: d.route_type,
        headsign: d.headsign,
        stop_id: d.stop_id,
        platform_code: d.platform_code,
        trip_id: d.trip_id,
      })),
    };
  });

  return router;
}
