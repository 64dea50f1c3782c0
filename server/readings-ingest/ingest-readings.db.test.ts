import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db/db.ts';
import { openTestDb } from '../db/test-db.ts';
import { FIXTURE, insertIngestFixtures } from './fixtures/insert-fixtures.ts';
import { ingestGaugeReadings, ingestMeterReadings, onGaugeReadings, onMeterReadings } from './index.ts';

const NOW = new Date('2025-06-01T00:00:00Z');
const EL = FIXTURE.electricity.code;
const HEAT = FIXTURE.heat.code;
const [G1, G2] = FIXTURE.gauges;

/** n quarter-hour electricity readings from `start`. */
const quarterHours = (start: string, n: number, value = (i: number) => i * 0.5) =>
  Array.from({ length: n }, (_, i) => ({
    meter: EL,
    ts: new Date(Date.parse(start) + i * 15 * 60_000).toISOString(),
    value: value(i),
  }));

describe('readings ingest (direct calls)', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openTestDb();
    await insertIngestFixtures(db);
  });
  afterAll(() => db?.close());
  beforeEach(async () => {
    await db.query('delete from energy.readings');
    await db.query('delete from flood.readings');
  });

  const count = async (table: string) =>
    (await db.query<{ n: number }>(`select count(*)::int as n from ${table}`))[0]!.n;

  it('writes a batch once: re-posting the same rows writes nothing new', async () => {
    const rows = quarterHours('2025-03-31T22:00:00Z', 16);
    const first = await ingestMeterReadings(db, rows, { now: NOW });
    expect(first).toEqual({ received: 16, written: 16, unchanged: 0, rejected: 0, errors: [] });
    const again = await ingestMeterReadings(db, rows, { now: NOW });
    expect(again).toEqual({ received: 16, written: 0, unchanged: 16, rejected: 0, errors: [] });
    expect(await count('energy.readings')).toBe(16);
    // The batch spanned two months: both partitions were made on demand.
    const parts = await db.query<{ n: number }>(
      `select count(*)::int as n from pg_inherits where inhparent = 'energy.readings'::regclass`,
    );
    expect(parts[0]!.n).toBeGreaterThanOrEqual(2);
  });

  it('treats a changed value for a stored meter + timestamp as a correction', async () => {
    await ingestMeterReadings(db, quarterHours('2025-04-01T00:00:00Z', 4), { now: NOW });
    const fix = quarterHours('2025-04-01T00:00:00Z', 4, (i) => (i === 2 ? 9.75 : i * 0.5));
    const r = await ingestMeterReadings(db, fix, { now: NOW });
    expect(r).toMatchObject({ written: 1, unchanged: 3, rejected: 0 });
    const [row] = await db.query<{ value: number }>(
      `select value from energy.readings where meter_id = $1 and ts = '2025-04-01T00:30:00Z'`,
      [FIXTURE.electricity.id],
    );
    expect(row!.value).toBe(9.75);
  });

  it('keeps the good rows of a batch and answers per-row errors for the bad ones', async () => {
    const rows: unknown[] = [
      { meter: EL, ts: '2025-04-01T00:00:00Z', value: 1 },
      { meter: 'NOPE', ts: '2025-04-01T00:00:00Z', value: 1 },
      { meter: EL, ts: '2025-04-01T00:07:00Z', value: 1 },
      { meter: EL, ts: '2025-04-01T00:15:00Z', value: -3 },
      { meter: EL, ts: '2025-04-01T00:30:00Z', value: 'lots' },
      { meter: EL, ts: '2025-04-01T00:45:00Z', value: 2, unit: 'm3' },
      { meter: EL, ts: '2025-07-01T00:00:00Z', value: 2 },
      { meter: EL, ts: '2025-04-01T00:00:00Z', value: 1 },
      { meter: EL, ts: '2025-04-01 01:00', value: 1 },
      { meter: EL, ts: '2025-04-01T01:15:00+02:00', value: 4 },
    ];
    const r = await ingestMeterReadings(db, rows, { now: NOW });
    expect(r.received).toBe(10);
    expect(r.written).toBe(2);
    expect(r.rejected).toBe(8);
    expect(r.errors.map((e) => [e.row, e.field])).toEqual([
      [2, 'meter'],
      [3, 'ts'],
      [4, 'value'],
      [5, 'value'],
      [6, 'unit'],
      [7, 'ts'],
      [8, 'ts'],
      [9, 'ts'],
    ]);
    expect(r.errors[0]!.message).toContain('unknown meter "NOPE"');
    expect(r.errors[1]!.message).toContain('15-minute');
    expect(r.errors[5]!.message).toContain('future');
    expect(r.errors[6]!.message).toContain('duplicates row 1');
    const stored = await db.query<{ ts: Date }>('select ts from energy.readings order by ts');
    expect(stored.map((s) => new Date(s.ts).toISOString())).toEqual([
      '2025-03-31T23:15:00.000Z',
      '2025-04-01T00:00:00.000Z',
    ]);
  });

  it('writes nothing of a batch with a bad row in strict mode', async () => {
    const rows = [
      ...quarterHours('2025-04-02T00:00:00Z', 5),
      { meter: 'NOPE', ts: NOW.toISOString(), value: 1 },
    ];
    const r = await ingestMeterReadings(db, rows, { now: NOW, mode: 'strict' });
    expect(r).toMatchObject({ received: 6, written: 0, unchanged: 0, rejected: 1 });
    expect(await count('energy.readings')).toBe(0);
  });

  it('refuses a cumulative counter that goes down, against the batch and the stored readings', async () => {
    const h = (hour: number, counter: number) => ({
      meter: HEAT,
      ts: `2025-04-01T${String(hour).padStart(2, '0')}:00:00Z`,
      counter,
    });
    const first = await ingestMeterReadings(db, [h(0, 100), h(2, 130), h(1, 110)], { now: NOW });
    expect(first).toMatchObject({ written: 3, rejected: 0 });
    // Out of order in the batch, judged in timestamp order: 03:00 = 125 < 130 at 02:00.
    const second = await ingestMeterReadings(db, [h(4, 150), h(3, 125), h(5, 149)], { now: NOW });
    expect(second.errors).toEqual([
      { row: 2, field: 'counter', message: expect.stringContaining('lower than the previous') },
      { row: 3, field: 'counter', message: expect.stringContaining('lower than the previous') },
    ]);
    expect(second.written).toBe(1);
    // A backfill must fit between its stored neighbours.
    const backfill = await ingestMeterReadings(db, [h(3, 151)], { now: NOW });
    expect(backfill.errors[0]).toMatchObject({ row: 1, field: 'counter' });
    expect(backfill.errors[0]!.message).toContain('higher than the next stored');
    const ok = await ingestMeterReadings(db, [h(3, 140)], { now: NOW });
    expect(ok.written).toBe(1);
    // value = counter − previous counter; the reading after the backfill was re-derived.
    const values = await db.query<{ counter: number; value: number | null }>(
      'select counter, value from energy.readings where meter_id = $1 order by ts',
      [FIXTURE.heat.id],
    );
    expect(values).toEqual([
      { counter: 100, value: null },
      { counter: 110, value: 10 },
      { counter: 130, value: 20 },
      { counter: 140, value: 10 },
      { counter: 150, value: 10 },
    ]);
  });

  it('writes nothing of a batch when the database fails in its second chunk', async () => {
    // A realistic mid-batch failure: a constraint on one month's partition that the rows of the
    // last chunk break. The batch is 6,000 rows (two chunks); the first chunk must not remain.
    await db.query(`select ops.ensure_month_partitions('energy.readings', '2025-01-01Z', '2025-03-31Z')`);
    await db.query('alter table energy.readings_2025_03 add constraint test_plausible check (value < 1000)');
    try {
      const rows = quarterHours('2025-01-01T00:00:00Z', 6_000, (i) => (i === 5_999 ? 5000 : 1));
      const before = await db.query<{ n: number }>('select count(*)::int as n from ops.ingest_log');
      const version = () =>
        db.query(`select version from ops.data_versions where dataset = 'energy-readings'`);
      const versionBefore = await version();
      await expect(ingestMeterReadings(db, rows, { now: NOW })).rejects.toThrow(/test_plausible/);
      expect(await count('energy.readings')).toBe(0);
      expect(await version()).toEqual(versionBefore);
      const log = await db.query<{ rows_written: number; rows_rejected: number }>(
        'select rows_written, rows_rejected from ops.ingest_log order by id desc limit 1',
      );
      expect(log[0]).toEqual({ rows_written: 0, rows_rejected: 6_000 });
      expect((await db.query<{ n: number }>('select count(*)::int as n from ops.ingest_log'))[0]!.n).toBe(
        before[0]!.n + 1,
      );
    } finally {
      await db.query('alter table energy.readings_2025_03 drop constraint test_plausible');
    }
  });

  it('ingests gauge readings idempotently, a left-out measurement keeping the stored one', async () => {
    const rows = [
      { gauge: G1, ts: '2025-05-01T10:00:00Z', level_cm: 120.5, discharge_m3s: 14.2 },
      { gauge: G2, ts: '2025-05-01T10:00:00Z', level_cm: 80, precipitation_mm: 0 },
    ];
    expect(await ingestGaugeReadings(db, rows, { now: NOW })).toMatchObject({ written: 2, unchanged: 0 });
    expect(await ingestGaugeReadings(db, rows, { now: NOW })).toMatchObject({ written: 0, unchanged: 2 });
    const rain = await ingestGaugeReadings(
      db,
      [{ gauge: G1, ts: '2025-05-01T10:00:00Z', precipitation_mm: 3.1 }],
      {
        now: NOW,
      },
    );
    expect(rain).toMatchObject({ written: 1, unchanged: 0 });
    const [g] = await db.query(
      'select level_cm, discharge_m3s, precipitation_mm from flood.readings where gauge_id = $1',
      [G1],
    );
    expect(g).toEqual({ level_cm: 120.5, discharge_m3s: 14.2, precipitation_mm: 3.1 });
    const bad = await ingestGaugeReadings(
      db,
      [
        { gauge: 'X', ts: '2025-05-01T10:00:00Z', level_cm: 1 },
        { gauge: G1, ts: '2025-05-01T10:00:30Z' },
      ],
      { now: NOW },
    );
    expect(bad.errors.map((e) => [e.row, e.field])).toEqual([
      [1, 'gauge'],
      [2, 'ts'],
    ]);
  });

  it('calls afterCommit and the hooks of this database after commit, not for unchanged re-posts', async () => {
    const seen: string[] = [];
    const offMeter = onMeterReadings(
      db,
      (s) => void seen.push(`meter ${s.ids.join()} ${s.from.toISOString()}`),
    );
    const offGauge = onGaugeReadings(db, async (s) => {
      // The hook runs after commit: a fresh query sees the rows.
      const n = (await db.query<{ n: number }>('select count(*)::int as n from flood.readings'))[0]!.n;
      seen.push(`gauge ${s.ids.join()} ${n}`);
    });
    // Hooks belong to a Db handle: another handle (another app, another test) does not see them.
    const other: Db = { ...db };
    const otherSeen: string[] = [];
    const offOther = onGaugeReadings(other, (s) => void otherSeen.push(s.ids.join()));
    try {
      const afterCommit: string[] = [];
      const rows = [{ gauge: G1, ts: '2025-05-02T00:00:00Z', level_cm: 100 }];
      await ingestGaugeReadings(db, rows, {
        now: NOW,
        afterCommit: async (s) => void afterCommit.push(s.to.toISOString()),
      });
      await ingestGaugeReadings(db, rows, { now: NOW });
      await ingestMeterReadings(db, quarterHours('2025-05-02T00:00:00Z', 2), { now: NOW });
      expect(afterCommit).toEqual(['2025-05-02T00:00:00.000Z']);
      expect(seen).toEqual([`gauge ${G1} 1`, `meter ${EL} 2025-05-02T00:00:00.000Z`]);
      expect(otherSeen).toEqual([]);
      await ingestGaugeReadings(other, [{ gauge: G2, ts: '2025-05-03T00:00:00Z', level_cm: 2 }], {
        now: NOW,
      });
      expect(otherSeen).toEqual([G2]);
      expect(seen).toHaveLength(2);
    } finally {
      offMeter();
      offGauge();
      offOther();
    }
    await ingestGaugeReadings(db, [{ gauge: G2, ts: '2025-05-02T00:00:00Z', level_cm: 1 }], { now: NOW });
    expect(seen).toHaveLength(2);
  });

  it('chunks generator-scale batches and counts them in the data version', async () => {
    const start = Date.parse('2025-01-01T00:00:00Z');
    const rows = FIXTURE.gauges.flatMap((gauge) =>
      Array.from({ length: 6_000 }, (_, i) => ({
        gauge,
        ts: new Date(start + i * 10 * 60_000).toISOString(),
        level_cm: 100 + (i % 50),
      })),
    );
    const r = await ingestGaugeReadings(db, rows, { now: NOW });
    expect(r).toMatchObject({ received: 12_000, written: 12_000, rejected: 0 });
    expect(await count('flood.readings')).toBe(12_000);
    const [v] = await db.query<{ row_count: number }>(
      `select row_count from ops.data_versions where dataset = 'flood-readings'`,
    );
    expect(v!.row_count).toBeGreaterThanOrEqual(12_000);
  });
});
