import type { Context } from 'koa';
import { z } from 'zod';
import { ifNoneMatchMatches, strongEtag } from '../../tiles/etag.ts';

/** Readings arrive through ingest at any time: a minute of freshness, then the ETag revalidates. */
const CACHE_CONTROL = 'public, max-age=60';

/** An integer query or path value within [min, max]. */
export const integerText = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,9}$/, 'must be an integer')
    .transform(Number)
    .refine((n) => n >= min && n <= max, `must be between ${min} and ${max}`);

/** A calendar date YYYY-MM-DD that exists. */
export const dateText = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine((s) => new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s, 'is not a calendar date');

/**
 * Sends the energy API's answers (JSON or an export) with Cache-Control and a strong ETag, answering
 * 304 when the client has the same body.
 */
export function sendEnergyBody(ctx: Context, body: Buffer, type: string, filename?: string): void {
  const etag = strongEtag(body);
  ctx.set('Cache-Control', CACHE_CONTROL);
  ctx.set('ETag', etag);
  ctx.set('Access-Control-Allow-Origin', '*');
  ctx.set('Access-Control-Expose-Headers', 'ETag, Content-Disposition');
  if (filename) ctx.set('Content-Disposition', `attachment; filename="${filename}"`);
  if (ifNoneMatchMatches(ctx.get('If-None-Match'), etag)) {
    ctx.status = 304;
    return;
  }
  ctx.type = type;
  ctx.body = body;
}

export const sendEnergyJson = (ctx: Context, value: unknown): void =>
  sendEnergyBody(ctx, Buffer.from(JSON.stringify(value)), 'application/json; charset=utf-8');
