import Router from '@koa/router';
import type { Context, Middleware } from 'koa';
import type { Logger } from 'pino';
import { acceptsGzip } from '../../tiles/content-encoding.ts';
import { ifNoneMatchMatches, strongEtag } from '../../tiles/etag.ts';
import { parseTileCoord, TileCoordError } from '../../tiles/tile-coords.ts';
import type { Config } from '../config.ts';
import { badRequest, HttpError, notFound } from '../errors.ts';
import type { Source, TileParams } from '../sources/source.ts';
import type { TileService } from '../sources/tile-service.ts';

export interface TilesRoutesDeps {
  tiles: TileService;
  config: Pick<Config, 'publicUrl'>;
  logger: Logger;
}

/** Longer query strings are refused before anything parses them. */
export const MAX_QUERY_LENGTH = 1024;

/** The index and TileJSON change only with a deployment or an import; a few minutes is fresh enough. */
const METADATA_CACHE_CONTROL = 'public, max-age=300';

const MVT_TYPE = 'application/vnd.mapbox-vector-tile';

// Open to every origin without `Vary: Origin`: the answer is the same for all, so one cached copy serves all.
const cors: Middleware = async (ctx, next) => {
  ctx.set('Access-Control-Allow-Origin', '*');
  ctx.set('Access-Control-Expose-Headers', 'ETag');
  await next();
};

const preflight: Middleware = (ctx) => {
  ctx.set('Access-Control-Allow-Methods', 'GET, HEAD, OPTIONS');
  ctx.set('Access-Control-Allow-Headers', 'If-None-Match');
  ctx.set('Access-Control-Max-Age', '86400');
  ctx.status = 204;
};

const shown = (s: string) => JSON.stringify(s.length > 64 ? `${s.slice(0, 64)}…` : s);

function checkQueryLength(ctx: Context): void {
  if (ctx.querystring.length > MAX_QUERY_LENGTH) {
    throw new HttpError(
      414,
      'uri_too_long',
      `query string longer than ${MAX_QUERY_LENGTH} characters`,
      'query',
    );
  }
}

/** Validates the query string against the source's declared parameters; unknown ones are errors. */
function parseParams(ctx: Context, schema: Source['params'] | null): TileParams {
  checkQueryLength(ctx);
  const raw: Record<string, string> = {};
  for (const [name, value] of Object.entries(ctx.query)) {
    if (Array.isArray(value))
      throw badRequest(name, `query parameter ${shown(name)} is given more than once`);
    raw[name] = value ?? '';
  }
  if (!schema) {
    const [name] = Object.keys(raw);
    if (name !== undefined) throw badRequest(name, `unknown query parameter ${shown(name)}`);
    return {};
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const name = issue?.code === 'unrecognized_keys' ? issue.keys[0] : issue?.path[0];
  const field = String(name ?? 'query');
  throw badRequest(
    field,
    issue?.code === 'unrecognized_keys'
      ? `unknown query parameter ${shown(field)}`
      : `${field}: ${issue?.message}`,
  );
}

/** Sends JSON with a strong ETag, answering 304 when the client has it. */
function sendJson(ctx: Context, value: unknown): void {
  const body = Buffer.from(JSON.stringify(value));
  const etag = strongEtag(body);
  ctx.set('Cache-Control', METADATA_CACHE_CONTROL);
  ctx.set('ETag', etag);
  if (ifNoneMatchMatches(ctx.get('If-None-Match'), etag)) {
    ctx.status = 304;
    return;
  }
  ctx.type = 'application/json; charset=utf-8';
  ctx.body = body;
}

/**
 * GET /catalog, GET /tiles/:source.json (TileJSON 3.0.0) and GET /tiles/:source/:z/:x/:y.mvt.
 * Thin: validate, ask the tile service, answer with the right status and headers.
 */
export function tilesRoutes(deps: TilesRoutesDeps): Router {
  const { tiles, logger } = deps;
  const router = new Router();
  // Koa 3's ctx.origin is the Origin request header, so the server's own origin is built here.
  const baseUrl = (ctx: Context) => deps.config.publicUrl ?? `${ctx.protocol}://${ctx.host}`;
  const findSource = (id: string) => {
    const source = tiles.sources.get(id);
    if (!source) throw notFound('source', `unknown tile source ${shown(id)}`);
    return source;
  };

  router.use(cors);
  router.options('/catalog', preflight);
  router.options('/tiles/:source.json', preflight);
  router.options('/tiles/:source/:z/:x/:y.mvt', preflight);

  router.get('/catalog', (ctx) => {
    parseParams(ctx, null);
    sendJson(ctx, tiles.catalogIndex(baseUrl(ctx)));
  });

  router.get('/tiles/:source.json', async (ctx) => {
    const source = findSource(ctx.params.source ?? '');
    const params = parseParams(ctx, source.params);
    const tilejson = await source.tilejson(baseUrl(ctx));
    // Parameters given to the TileJSON travel on to its tile URLs (for sources that declare some).
    const query = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString();
    sendJson(ctx, query ? { ...tilejson, tiles: tilejson.tiles.map((t) => `${t}?${query}`) } : tilejson);
  });

  router.get('/tiles/:source/:z/:x/:y.mvt', async (ctx) => {
    const start = performance.now();
    const source = findSource(ctx.params.source ?? '');
    let coord;
    try {
      coord = parseTileCoord(
        { z: ctx.params.z ?? '', x: ctx.params.x ?? '', y: ctx.params.y ?? '' },
        source.info,
      );
    } catch (err) {
      if (err instanceof TileCoordError) throw badRequest(err.field, err.message);
      throw err;
    }
    const params = parseParams(ctx, source.params);
    const { entry, hit } = await tiles.tile(source, coord, params);

    ctx.compress = false; // already compressed once and cached; a compression middleware must not redo it
    ctx.vary('Accept-Encoding');
    ctx.set('Cache-Control', source.cacheControl);
    const gzip = entry.gzip !== null && acceptsGzip(ctx.get('Accept-Encoding'));
    const body = gzip ? entry.gzip : entry.identity;
    const etag = gzip ? entry.gzipEtag : entry.etag;
    if (!body || !etag) {
      ctx.status = 204;
    } else {
      ctx.set('ETag', etag);
      if (ifNoneMatchMatches(ctx.get('If-None-Match'), etag)) {
        ctx.status = 304;
      } else {
        ctx.type = MVT_TYPE;
        if (gzip) ctx.set('Content-Encoding', 'gzip');
        ctx.body = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
      }
    }
    logger.debug(
      {
        source: source.id,
        ...coord,
        cache: hit ? 'hit' : 'miss',
        status: ctx.status,
        bytes: ctx.status === 200 ? (body?.byteLength ?? 0) : 0,
        ms: Math.round((performance.now() - start) * 10) / 10,
      },
      'tile',
    );
  });

  return router;
}
