import type { Context } from 'koa';
import { ifNoneMatchMatches, strongEtag } from '../../tiles/etag.ts';

export interface SendCachedOptions {
  cacheControl: string;
  /** Content type; JSON when not given. */
  type?: string;
  /** Sent as a download under this name. */
  filename?: string;
  /** A precomputed ETag (cached answers); otherwise the body's hash. */
  etag?: string;
}

/**
 * Sends an API answer readable from any origin with Cache-Control and a strong ETag, answering 304 when
 * the client already has the same body — the one shape every JSON/CSV/GeoJSON endpoint shares.
 */
export function sendCached(ctx: Context, body: Buffer, options: SendCachedOptions): void {
  const etag = options.etag ?? strongEtag(body);
  ctx.set('Cache-Control', options.cacheControl);
  ctx.set('ETag', etag);
  ctx.set('Access-Control-Allow-Origin', '*');
  ctx.set('Access-Control-Expose-Headers', 'ETag, Content-Disposition, X-License');
  if (options.filename) ctx.set('Content-Disposition', `attachment; filename="${options.filename}"`);
  if (ifNoneMatchMatches(ctx.get('If-None-Match'), etag)) {
    ctx.status = 304;
    return;
  }
  ctx.type = options.type ?? 'application/json; charset=utf-8';
  ctx.body = body;
}

export const sendCachedJson = (ctx: Context, value: unknown, cacheControl: string): void =>
  sendCached(ctx, Buffer.from(JSON.stringify(value)), { cacheControl });
