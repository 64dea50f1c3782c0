import type { Middleware } from 'koa';
import type { Logger } from 'pino';
import { HttpError } from '../errors.ts';

/** Maps every thrown error to a JSON body; unexpected ones are logged and answered without details. */
export function errorMiddleware(logger: Logger): Middleware {
  return async (ctx, next) => {
    try {
      await next();
      if (ctx.status === 404 && ctx.body === undefined) {
        throw new HttpError(404, 'not_found', `no route for ${ctx.method} ${ctx.path}`, 'path');
      }
    } catch (err) {
      if (err instanceof HttpError) {
        ctx.status = err.status;
        ctx.body = {
          error: { code: err.code, message: err.message, ...(err.field ? { field: err.field } : {}) },
        };
        return;
      }
      const status = (err as { status?: number }).status;
      if (typeof status === 'number' && status >= 400 && status < 500) {
        // Errors raised by Koa middleware (body too large, bad JSON, …) carry a client status.
        ctx.status = status;
        ctx.body = { error: { code: 'bad_request', message: (err as Error).message } };
        return;
      }
      logger.error({ err, path: ctx.path }, 'request failed');
      ctx.status = 500;
      ctx.body = { error: { code: 'internal', message: 'internal server error' } };
    }
  };
}
