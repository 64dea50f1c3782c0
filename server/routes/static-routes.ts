import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ServerResponse } from 'node:http';
import type { Middleware } from 'koa';
import koaStatic from 'koa-static';
import type { Config } from '../config.ts';
import { HttpError } from '../errors.ts';

const PAGES = new Set(['/', '/index.html']);
const ASSETS_PREFIX = '/assets/';

/**
 * The built map client (`vite build` output in `config.clientDir`): `/` is the map, `/assets/*` are
 * Vite's content-hashed bundles. Only these paths touch the disk, so API and tile requests never
 * pay for a file lookup. `/embed` is reserved for the embeddable map.
 */
export function staticRoutes(config: Config): Middleware {
  const serve = koaStatic(config.clientDir, { index: 'index.html', setHeaders });
  return async (ctx, next) => {
    const isPage = PAGES.has(ctx.path);
    if ((ctx.method !== 'GET' && ctx.method !== 'HEAD') || (!isPage && !ctx.path.startsWith(ASSETS_PREFIX))) {
      return next();
    }
    if (isPage && !existsSync(path.join(config.clientDir, 'index.html'))) {
      throw new HttpError(503, 'client_not_built', `the map client is not built: run \`npm run build\``);
    }
    return serve(ctx, next);
  };
}

// The page must be revalidated on every load so that a release is picked up at once; the
// assets it references change name with their content and can be cached for good.
function setHeaders(res: ServerResponse, file: string): void {
  const cacheControl =
    path.basename(file) === 'index.html'
      ? 'no-cache'
      : file.includes(`${path.sep}assets${path.sep}`)
        ? 'public, max-age=31536000, immutable'
        : 'public, max-age=3600';
  res.setHeader('Cache-Control', cacheControl);
}
