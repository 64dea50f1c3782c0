import Router from '@koa/router';
import type { Context } from 'koa';
import type { Logger } from 'pino';
import { z } from 'zod';
import { requireBearerToken, type TokenState } from '../auth/bearer-token.ts';
import type { TokenScope } from '../auth/token-hash.ts';
import type { Config } from '../config.ts';
import type { Db } from '../db/db.ts';
import { HttpError } from '../errors.ts';
import { GAUGE_FIELDS } from '../readings-ingest/gauge-rows.ts';
import {
  ingestGaugeReadings,
  ingestMeterReadings,
  type IngestOptions,
  type IngestResult,
} from '../readings-ingest/index.ts';
import { METER_FIELDS } from '../readings-ingest/meter-rows.ts';
import { READINGS_SQL } from '../readings-ingest/readings-sql.ts';
import { readRequestRows } from '../readings-ingest/request-rows.ts';
import { parseQuery } from './query-params.ts';

export interface IngestRoutesDeps {
  db: Db;
  logger: Logger;
  config: Config;
}

const QUERY = z.strictObject({ mode: z.enum(['partial', 'strict']).default('partial') });

type Ingest = (db: Db, rows: unknown[], options: IngestOptions) => Promise<IngestResult>;

/**
 * Authenticated readings push: POST /api/ingest/readings (meters, scope readings:write) and
 * POST /api/ingest/gauge-readings (flood gauges, scope gauges:write); JSON or CSV, ≤ 10,000 rows.
 * The batch rule is in README "Pushing readings": good rows are written and bad rows reported
 * (`?mode=strict`: any bad row writes nothing); a database failure writes nothing. 200 when no row
 * was rejected or some rows were taken, 422 when nothing was taken because of bad rows.
 */
export function ingestRoutes(deps: IngestRoutesDeps): Router {
  const router = new Router();
  const route = (path: string, scope: TokenScope, fields: readonly string[], ingest: Ingest) =>
    router.post(path, requireBearerToken(deps.db, scope), async (ctx) => {
      const tokenId = (ctx.state as TokenState).tokenId;
      let rows: unknown[];
      let lines: number[] | undefined;
      let mode: 'partial' | 'strict';
      try {
        ({ mode } = parseQuery(ctx, QUERY));
        ({ rows, lines } = await readRequestRows(ctx, {
          limitBytes: deps.config.ingest.maxBodyBytes,
          fields,
        }));
      } catch (err) {
        // A refused body of an authenticated client is part of the audit trail too.
        if (err instanceof HttpError) await logRefused(deps.db, tokenId, path);
        throw err;
      }
      const result = await ingest(deps.db, rows, {
        tokenId,
        mode,
        endpoint: path,
        onHookError: (err) => deps.logger.error({ err, path }, 'readings hook failed'),
      });
      respond(ctx, mode, result, lines);
    });
  route('/api/ingest/readings', 'readings:write', METER_FIELDS, ingestMeterReadings);
  route('/api/ingest/gauge-readings', 'gauges:write', GAUGE_FIELDS, ingestGaugeReadings);
  return router;
}

function respond(ctx: Context, mode: string, result: IngestResult, lines: number[] | undefined): void {
  const taken = result.written + result.unchanged;
  ctx.status = result.rejected > 0 && taken === 0 ? 422 : 200;
  ctx.set('Cache-Control', 'no-store');
  ctx.body = {
    mode,
    ...result,
    // CSV senders find a row by its line in the file (the header is line 1).
    errors: lines ? result.errors.map((e) => ({ ...e, line: lines[e.row - 1] })) : result.errors,
  };
}

async function logRefused(db: Db, tokenId: number, endpoint: string): Promise<void> {
  await db.query(READINGS_SQL.insertIngestLog, [tokenId, endpoint, 0, 0, 0, 0]);
}
