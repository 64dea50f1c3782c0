import Router from '@koa/router';
import type { Context } from 'koa';
import type { Config } from '../config.ts';
import { readGlyphs, readSprite, type AssetFile } from '../basemap/basemap-assets.ts';
import { buildOfflineStyle } from '../basemap/offline-style.ts';

// Glyphs and sprites change only with a new release of the assets: let browsers and CDNs keep them.
const ASSET_CACHE = 'public, max-age=2592000';
// The style embeds the request origin, so it is kept only briefly.
const STYLE_CACHE = 'public, max-age=300';

/** Languages the client ships; the first is the default. */
export const LANGUAGES = ['cs', 'en'] as const;

/**
 * The offline basemap (`/basemap/style.json`, its glyphs and sprites) and the client's bootstrap
 * configuration (`/api/config`): the style URL the map should load — an external one when
 * BASEMAP_STYLE_URL is set, otherwise ours — and the languages.
 */
export function basemapRoutes(config: Config): Router {
  const router = new Router();
  // Koa 3's ctx.origin is the Origin request header, not our own origin.
  const origin = (ctx: Context) => config.publicUrl ?? `${ctx.protocol}://${ctx.host}`;

  router.get('/api/config', (ctx) => {
    ctx.set('Cache-Control', 'no-cache');
    ctx.body = {
      basemapStyleUrl: config.basemapStyleUrl ?? `${origin(ctx)}/basemap/style.json`,
      offlineBasemap: config.basemapStyleUrl === undefined,
      languages: LANGUAGES,
    };
  });

  router.get('/basemap/style.json', (ctx) => {
    ctx.set('Cache-Control', STYLE_CACHE);
    ctx.body = buildOfflineStyle(origin(ctx));
  });

  router.get('/basemap/fonts/:fontstack/:range.pbf', async (ctx) => {
    send(ctx, await readGlyphs(config.basemapAssetsDir, ctx.params.fontstack ?? '', ctx.params.range ?? ''));
  });

  router.get('/basemap/sprites/:name', async (ctx) => {
    send(ctx, await readSprite(config.basemapAssetsDir, ctx.params.name ?? ''));
  });

  return router;
}

function send(ctx: Context, file: AssetFile): void {
  ctx.set('Cache-Control', ASSET_CACHE);
  ctx.lastModified = file.modified;
  ctx.type = file.contentType;
  ctx.status = 200;
  if (ctx.fresh) {
    ctx.status = 304;
    return;
  }
  ctx.body = file.body;
}
