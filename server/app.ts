import Koa from 'koa';
import Router from '@koa/router';
import type { Logger } from 'pino';
import type { Config } from './config.ts';
import type { Db } from './db/db.ts';
import { errorMiddleware } from './middleware/errors.ts';
import { requestLogMiddleware } from './middleware/request-log.ts';
import { alertsRoutes } from './routes/alerts-routes.ts';
import { basemapRoutes } from './routes/basemap-routes.ts';
import { energyRoutes } from './routes/energy-routes.ts';
import { floodRoutes } from './routes/flood-routes.ts';
import { flowsRoutes } from './routes/flows-routes.ts';
import { heritageRoutes } from './routes/heritage-routes.ts';
import { ingestRoutes } from './routes/ingest-routes.ts';
import { staticRoutes } from './routes/static-routes.ts';
import { tilesRoutes } from './routes/tiles-routes.ts';
import { trafficRoutes } from './routes/traffic-routes.ts';
import { transitRoutes } from './routes/transit-routes.ts';
import { createTileService, type TileService } from './sources/tile-service.ts';

/** What the app is built from; tests build it with their own database and a silent logger. */
export interface AppDeps {
  config: Config;
  db: Db;
  logger: Logger;
  /** Tile sources and cache; built from the catalog file when not given (tests pass their own). */
  tiles?: TileService;
}

export function buildApp(deps: AppDeps): Koa {
  const app = new Koa();
  app.proxy = true;
  app.use(errorMiddleware(deps.logger));
  app.use(requestLogMiddleware(deps.logger));

  const health = new Router();
  health.get('/health', async (ctx) => {
    await deps.db.query('select 1');
    ctx.body = { status: 'ok', database: deps.db.kind };
  });
  app.use(health.routes());

  const tiles = deps.tiles ?? createTileService(deps);
  app.use(tilesRoutes({ tiles, config: deps.config, logger: deps.logger }).routes());
  app.use(basemapRoutes(deps.config).routes());
  app.use(trafficRoutes(deps).routes());
  app.use(transitRoutes(deps).routes());
  app.use(flowsRoutes(deps).routes());
  app.use(floodRoutes(deps).routes());
  app.use(ingestRoutes(deps).routes());
  app.use(energyRoutes(deps).routes());
  app.use(alertsRoutes(deps).routes());
  app.use(heritageRoutes(deps).routes());
  app.use(staticRoutes(deps.config));
  return app;
}
