import type { Context } from 'koa';
import type { z } from 'zod';
import { badRequest } from '../errors.ts';

/**
 * Validates an API query string against a strict zod object; the first problem becomes a 400 naming
 * the parameter (a repeated one, an unknown one, or a bad value).
 */
export function parseQuery<T>(ctx: Context, schema: z.ZodType<T>): T {
  const raw: Record<string, string> = {};
  for (const [name, value] of Object.entries(ctx.query)) {
    if (Array.isArray(value))
      throw badRequest(name, `query parameter "${name.slice(0, 64)}" is given more than once`);
    raw[name] = value ?? '';
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  if (issue?.code === 'unrecognized_keys') {
    const key = String(issue.keys[0]);
    throw badRequest(key, `unknown query parameter "${key.slice(0, 64)}"`);
  }
  const field = String(issue?.path[0] ?? 'query');
  throw badRequest(field, `${field}: ${issue?.message ?? 'invalid'}`);
}
