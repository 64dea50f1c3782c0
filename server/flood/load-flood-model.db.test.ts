import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/db.ts';
import { openTestDb } from '../db/test-db.ts';
import { GAUGE_H, insertFloodFixture } from './fixtures/flood-fixture.ts';
import { FLOOD_SQL } from './flood-sql.ts';
import { floodStatus } from './flood-status.ts';
import { loadFloodModelIfEmpty, rewriteFloodModel } from './load-flood-model.ts';
import { FLOOD_MODEL } from './model/model-params.ts';

// The loader on the fixture's three gauges (not the 51 bundled ones: a db test must stay small).
describe('flood model loader', () => {
  let db: Db;
  const logger = pino({ level: 'silent' });

  beforeAll(async () => {
    db = await openTestDb();
    await insertFloodFixture(db);
  });
  afterAll(() => db?.close());

  it('writes the hourly model through the ingest once, and the alert hook computes the alerts', async () => {
    await loadFloodModelIfEmpty(db, logger);
    const [count] = await db.query<{ n: number }>(FLOOD_SQL.countReadings);
    expect(count!.n).toBe(3 * 75 * 24);
    const [log] = await db.query<{ endpoint: string; rows_written: number }>(
      `select endpoint, rows_written from ops.ingest_log order by id desc limit 1`,
    );
    expect(log).toEqual({ endpoint: 'flood:model', rows_written: 3 * 75 * 24 });
    const alerts = await db.query<{ gauge_id: string; stage: string; closed_at: Date | null }>(
      `select gauge_id, stage, closed_at from flood.alerts order by opened_at`,
    );
    // The fixture's H gauge sits under the regional rain with the low Česká Lípa thresholds: it floods,
    // and the flood is over by the end of the period.
    expect(alerts.filter((a) => a.gauge_id === GAUGE_H).map((a) => a.stage)).toContain('SPA1');
    expect(alerts.every((a) => a.closed_at !== null)).toBe(true);
    const status = await floodStatus(db);
    expect(status.asOf).toBe(new Date(Date.parse(FLOOD_MODEL.to) - 3_600_000).toISOString());

    await loadFloodModelIfEmpty(db, logger); // not empty: nothing happens
    const [again] = await db.query<{ n: number }>(`select count(*)::int as n from ops.ingest_log`);
    expect(again!.n).toBe(1);
  });

  it('rewrites readings and alerts to the same result (deterministic)', async () => {
    const before = await db.query(
      `select gauge_id, stage, opened_at, closed_at, peak_value from flood.alerts order by 1, 3, 2`,
    );
    const r = await rewriteFloodModel(db);
    expect(r.written).toBe(3 * 75 * 24);
    const after = await db.query(
      `select gauge_id, stage, opened_at, closed_at, peak_value from flood.alerts order by 1, 3, 2`,
    );
    expect(after).toEqual(before);
  });
});
