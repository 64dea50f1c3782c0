// Heritage search and open-data export:
// GET /api/heritage/search?q=&kind=&municipality=&nkp=&visitors_min=&visitors_max=&open=&limit=&offset=
// GET /api/heritage/export?format=geojson|csv
import Router from '@koa/router';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import type { Db } from '../db/db.ts';
import { EXPORT_LICENCE, toCsv, toGeoJson } from '../heritage/export-format.ts';
import { exportSites, searchSites } from '../heritage/heritage-queries.ts';
import { EXPORT_QUERY, SEARCH_QUERY } from '../heritage/search-params.ts';
import { parseQuery } from './query-params.ts';
import { sendCached, sendCachedJson } from './send-cached.ts';

export interface HeritageRoutesDeps {
  db: Db;
  logger: Logger;
  config: Config;
}

/** The sites change only with a reload; a minute is fresh enough, the ETag revalidates after. */
const CACHE_CONTROL = 'public, max-age=60';

const FORMATS = {
  geojson: { type: 'application/geo+json; charset=utf-8', file: 'heritage-sites.geojson' },
  csv: { type: 'text/csv; charset=utf-8; header=present', file: 'heritage-sites.csv' },
} as const;

export function heritageRoutes(deps: HeritageRoutesDeps): Router {
  const router = new Router({ prefix: '/api/heritage' });

  router.get('/search', async (ctx) => {
    const query = parseQuery(ctx, SEARCH_QUERY);
    const result = await searchSites(deps.db, query);
    sendCachedJson(ctx, result, CACHE_CONTROL);
  });

  router.get('/export', async (ctx) => {
    const { format } = parseQuery(ctx, EXPORT_QUERY);
    const rows = await exportSites(deps.db);
    const body = format === 'csv' ? toCsv(rows) : toGeoJson(rows);
    ctx.set('X-License', EXPORT_LICENCE);
    sendCached(ctx, Buffer.from(body), {
      cacheControl: CACHE_CONTROL,
      type: FORMATS[format].type,
      filename: FORMATS[format].file,
    });
  });

  return router;
}
