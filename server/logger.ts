import pino from 'pino';
import type { Config } from './config.ts';

/**
 * JSON lines on stdout. Buffered asynchronous writes: a synchronous write per request line cost
 * more CPU than encoding a tile (measured with `npm run bench`); lines written while a write is pending go
 * out together, and pino flushes on exit.
 */
export const createLogger = (level: Config['logLevel']) =>
  pino({ level, base: undefined }, pino.destination({ sync: false }));
