import type { Middleware } from 'koa';
import type { Logger } from 'pino';

/** One structured log line per request: method, path, status, bytes, milliseconds. */
export function requestLogMiddleware(logger: Logger): Middleware {
  return async (ctx, next) => {
    const start = performance.now();
    try {
      await next();
    } finally {
      logger.info(
        {
          method: ctx.method,
          path: ctx.path,
          status: ctx.status,
          bytes: ctx.length,
          ms: Math.round((performance.now() - start) * 10) / 10,
        },
        'request',
      );
    }
  };
}
