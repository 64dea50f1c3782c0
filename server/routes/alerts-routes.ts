import Router from '@koa/router';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { Config } from '../config.ts';
import type { Db } from '../db/db.ts';
import { notFound } from '../errors.ts';
import { ALERT_KINDS, buildingExists, listAlerts } from '../energy/analysis/energy-detail.ts';
import { integerText, sendEnergyJson } from './energy-response.ts';
import { parseQuery } from './query-params.ts';

export interface AlertsRoutesDeps {
  db: Db;
  logger: Logger;
  config: Config;
}

const ALERTS = z.strictObject({
  building: integerText(1, 2_147_483_647).optional(),
  kind: z.enum(ALERT_KINDS).optional(),
  status: z.enum(['open', 'closed', 'all']).default('all'),
});

/**
 * Energy faults found by detection over the meter series (flood alerts are /api/flood/alerts):
 * GET /api/alerts?building=&kind=&status=open|closed|all. Open = the fault lasts to the latest data.
 */
export function alertsRoutes(deps: AlertsRoutesDeps): Router {
  const { db } = deps;
  const router = new Router({ prefix: '/api/alerts' });
  router.get('/', async (ctx) => {
    const q = parseQuery(ctx, ALERTS);
    if (q.building !== undefined && !(await buildingExists(db, q.building)))
      throw notFound('building', `no building ${q.building}`);
    const alerts = await listAlerts(db, q);
    sendEnergyJson(ctx, { modelled: true, status: q.status, count: alerts.length, alerts });
  });
  return router;
}
