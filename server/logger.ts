import pino from 'pino';
import type { Config } from './config.ts';

export const createLogger = (level: Config['logLevel']) => pino({ level, base: undefined });
