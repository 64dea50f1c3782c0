// Commuter flows API: flows between municipalities as columns (for the arc layer, largest first, capped)
// and one municipality's in/out summary. The census table (csu2021) is preferred when loaded; otherwise the
// answer is the gravity MODEL and says so (`modelled: true`).
import Router from '@koa/router';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { Config } from '../config.ts';
import type { Db } from '../db/db.ts';
import { notFound } from '../errors.ts';
import { readFlows, readFlowSummary } from '../flows/flow-queries.ts';
import { parseQuery } from './query-params.ts';

export interface FlowsRoutesDeps {
  db: Db;
  logger: Logger;
  config: Config;
}

/** Flows change only with a model run or an import; a few minutes is fresh enough. */
const CACHE_CONTROL = 'public, max-age=300';

const purpose = z.enum(['work', 'school', 'total']).default('total');
const source = z.enum(['auto', 'model', 'csu2021']).default('auto');
const flowsParams = z
  .object({ min: z.coerce.number().finite().min(0).max(1e7).default(10), purpose, source })
  .strict();
const summaryParams = z
  .object({
    municipality: z.string().regex(/^\d{6}$/, 'expected a 6-digit municipality code'),
    purpose,
    source,
  })
  .strict();

export function flowsRoutes(deps: FlowsRoutesDeps): Router {
  const router = new Router();

  router.get('/api/flows', async (ctx) => {
    const q = parseQuery(ctx, flowsParams);
    ctx.body = await readFlows(deps.db, q.source, q.purpose, q.min);
    ctx.set('Cache-Control', CACHE_CONTROL);
  });

  router.get('/api/flows/summary', async (ctx) => {
    const q = parseQuery(ctx, summaryParams);
    const summary = await readFlowSummary(deps.db, q.municipality, q.source, q.purpose);
    if (!summary) throw notFound('municipality', `no municipality ${q.municipality} in the region`);
    ctx.body = summary;
    ctx.set('Cache-Control', CACHE_CONTROL);
  });

  return router;
}
