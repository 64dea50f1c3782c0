import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from './db.ts';
import { migrate } from './migrate.ts';
import { openTestDb } from './test-db.ts';

describe('ops.ensure_month_partitions', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openTestDb();
    await migrate(db);
  });
  afterAll(() => db.close());

  it('creates the UTC months a range covers, once, so readings of those months can be inserted', async () => {
    const first = await db.query<{ n: number }>(
      `select ops.ensure_month_partitions('flood.readings', '2025-01-31T23:30:00Z', '2025-03-01T00:00:00Z') as n`,
    );
    expect(first[0]?.n).toBe(3);
    const again = await db.query<{ n: number }>(
      `select ops.ensure_month_partitions('flood.readings', '2025-02-10T00:00:00Z', '2025-03-31T00:00:00Z') as n`,
    );
    expect(again[0]?.n).toBe(0);
    const parts = await db.query<{ name: string }>(
      `select c.relname as name from pg_inherits i join pg_class c on c.oid = i.inhrelid
       where i.inhparent = 'flood.readings'::regclass order by 1`,
    );
    expect(parts.map((r) => r.name)).toEqual(['readings_2025_01', 'readings_2025_02', 'readings_2025_03']);
  });

  it('refuses a reading outside every partition', async () => {
    await expect(
      db.query(`insert into energy.readings (meter_id, ts, value) values (1, '2030-01-01Z', 1)`),
    ).rejects.toThrow();
  });
});
