import Router from '@koa/router';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { Config } from '../config.ts';
import type { Db } from '../db/db.ts';
import { badRequest, notFound } from '../errors.ts';
import { watchMeterReadings } from '../energy/analysis/energy-analyses.ts';
import { buildingDetail, buildingExists, buildingSeries } from '../energy/analysis/energy-detail.ts';
import {
  BUILDING_TYPES,
  DEFAULT_ENERGY_YEAR,
  RANKING_SORTS,
  ranking,
} from '../energy/analysis/energy-queries.ts';
import { rankingCsv } from '../energy/analysis/ranking-csv.ts';
import { dateText, integerText, sendEnergyBody, sendEnergyJson } from './energy-response.ts';
import { parseQuery } from './query-params.ts';

export interface EnergyRoutesDeps {
  db: Db;
  logger: Logger;
  config: Config;
}

const YEAR = integerText(2000, 2100).default(DEFAULT_ENERGY_YEAR);
const BUILDING_ID = z.strictObject({ id: integerText(1, 2_147_483_647) });

const RANKING = z.strictObject({
  year: YEAR,
  type: z.enum(BUILDING_TYPES).optional(),
  okres: z.string().min(1).max(100).optional(),
  sort: z.enum(RANKING_SORTS).default('savings_czk'),
  order: z.enum(['asc', 'desc']).default('desc'),
  limit: integerText(1, 10_000).default(10_000),
  format: z.enum(['json', 'csv']).default('json'),
});
const DETAIL = z.strictObject({ year: YEAR });
const SERIES = z.strictObject({
  resolution: z.enum(['month', 'day', 'hour']).default('day'),
  from: dateText.optional(),
  to: dateText.optional(),
});

/** Hourly series come from the raw readings: a quarter of a year at most per request. */
const MAX_HOUR_DAYS = 93;
const DAY_MS = 86_400_000;
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/**
 * The energy manager's API (modelled readings, indicative benchmarks):
 * GET /api/energy/ranking?year=&type=&okres=&sort=&order=&limit=&format=json|csv,
 * GET /api/energy/buildings/:id?year=, GET /api/energy/buildings/:id/series?resolution=month|day|hour&from=&to=
 * (local dates, `to` exclusive). Building the router also subscribes the derived tables (aggregates,
 * snapshot, alerts) to committed meter-readings batches.
 */
export function energyRoutes(deps: EnergyRoutesDeps): Router {
  const { db, config } = deps;
  const prices = config.energy;
  const router = new Router({ prefix: '/api/energy' });
  // What this API serves is derived from the readings: keep it in step with ingest.
  watchMeterReadings(db, prices, deps.logger);

  router.get('/ranking', async (ctx) => {
    const q = parseQuery(ctx, RANKING);
    const rows = await ranking(db, q, prices);
    if (q.format === 'csv') {
      const name = `energy-ranking-${q.year}${q.type ? `-${q.type}` : ''}.csv`;
      sendEnergyBody(ctx, Buffer.from(rankingCsv(rows)), 'text/csv; charset=utf-8', name);
      return;
    }
    sendEnergyJson(ctx, {
      year: q.year,
      modelled: true,
      filter: { type: q.type ?? null, okres: q.okres ?? null },
      sort: q.sort,
      order: q.order,
      prices: {
        electricity_czk_kwh: prices.electricityCzkKwh,
        heat_czk_kwh: prices.heatCzkKwh,
        gas_czk_kwh: prices.gasCzkKwh,
        water_czk_m3: prices.waterCzkM3,
        gas_kwh_per_m3: prices.gasKwhPerM3,
      },
      note:
        'Readings are modelled (seeded generator); benchmarks are indicative reference values (energy.benchmarks.source). ' +
        'Each meter is scaled to a full year by its completeness.',
      count: rows.length,
      buildings: rows,
    });
  });

  router.get('/buildings/:id', async (ctx) => {
    const { id } = parseId(ctx.params.id);
    const { year } = parseQuery(ctx, DETAIL);
    const detail = await buildingDetail(db, id, year, prices);
    if (!detail) throw notFound('id', `no building ${id}`);
    sendEnergyJson(ctx, detail);
  });

  router.get('/buildings/:id/series', async (ctx) => {
    const { id } = parseId(ctx.params.id);
    const q = parseQuery(ctx, SERIES);
    const from = q.from ?? `${DEFAULT_ENERGY_YEAR}-01-01`;
    // Defaults: the ranking year from its start; a week of hours.
    const to = q.to ?? (q.resolution === 'hour' ? addDays(from, 7) : addDays(from, 365));
    if (to <= from) throw badRequest('to', 'to: must be after from');
    if (q.resolution === 'hour' && Date.parse(to) - Date.parse(from) > MAX_HOUR_DAYS * DAY_MS)
      throw badRequest('to', `to: hourly series span at most ${MAX_HOUR_DAYS} days`);
    if (!(await buildingExists(db, id))) throw notFound('id', `no building ${id}`);
    const series = await buildingSeries(db, id, q.resolution, from, to, prices.gasKwhPerM3);
    sendEnergyJson(ctx, { building: id, resolution: q.resolution, from, to, modelled: true, ...series });
  });

  return router;
}

function parseId(raw: string | undefined) {
  const parsed = BUILDING_ID.safeParse({ id: raw ?? '' });
  if (!parsed.success) throw badRequest('id', `id: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return parsed.data;
}
