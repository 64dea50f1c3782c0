import type { Context } from 'koa';
import { z } from 'zod';
import { sendCached } from './send-cached.ts';

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

/** Sends the energy API's answers (JSON or an export) with a minute of freshness and a strong ETag. */
export const sendEnergyBody = (ctx: Context, body: Buffer, type: string, filename?: string): void =>
  sendCached(ctx, body, { cacheControl: CACHE_CONTROL, type, ...(filename ? { filename } : {}) });

export const sendEnergyJson = (ctx: Context, value: unknown): void =>
  sendEnergyBody(ctx, Buffer.from(JSON.stringify(value)), 'application/json; charset=utf-8');
