import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/db.ts';
import { openTestDb } from '../../db/test-db.ts';
import { energyModel, readRegister, type Building } from './index.ts';
import { loadEnergyModel, loadEnergyModelIfEmpty, type EnergyLoadResult } from './load-energy-model.ts';
import { copyRows } from './readings-copy.ts';

// A reduced load: a handful of buildings and two months of readings (the full model is ~3.4 M rows).
const UNTIL = new Date('2025-03-01T00:00:00Z');
let db: Db;
let buildings: Building[];
let result: EnergyLoadResult;

beforeAll(async () => {
  db = await openTestDb();
  const register = await readRegister();
  // A school with a cumulative water meter (and a leak in February), the OA, a hospital, a fire station.
  buildings = register.filter((b) =>
    ['SCH-000391107', 'SCH-102145776', 'HOS-27283933000000', 'FIR-06'].includes(b.code),
  );
  result = await loadEnergyModel(db, { buildings, until: UNTIL });
});
afterAll(() => db?.close());

describe('energy model loader', () => {
  it('writes buildings, meters, readings, faults and blue-green features in one go', async () => {
    const model = energyModel(buildings);
    const expected = model.meters.reduce((n, m) => n + copyRows(m, model.series(m), UNTIL.getTime()).rows, 0);
    expect(result).toMatchObject({ buildings: 4, meters: model.meters.length, readings: expected });
    const [counts] = await db.query<Record<string, number>>(
      `select (select count(*) from energy.buildings)::int b, (select count(*) from energy.meters)::int m,
              (select count(*) from energy.readings)::int r, (select count(*) from energy.fault_truth)::int f,
              (select count(*) from water.blue_green)::int g,
              (select count(*) from energy.readings where ts >= '2025-03-01')::int late`,
    );
    expect(counts).toEqual({
      b: 4,
      m: model.meters.length,
      r: expected,
      f: result.faults,
      g: result.blueGreen,
      late: 0,
    });
    expect(result.blueGreen).toBeGreaterThanOrEqual(3); // the OA's tank and grey water, the parking-house roof
  });

  it('stores a cumulative meter with counters and a null first amount, and the sums of the model', async () => {
    const rows = await db.query<{
      code: string;
      cumulative: boolean;
      first_value: number | null;
      counters: number;
      total: number;
    }>(
      `select m.code, m.cumulative,
              (select value from energy.readings r where r.meter_id = m.id order by ts limit 1) as first_value,
              (select count(counter) from energy.readings r where r.meter_id = m.id)::int as counters,
              (select coalesce(sum(value), 0) from energy.readings r where r.meter_id = m.id) as total
       from energy.meters m order by m.id`,
    );
    const model = energyModel(buildings);
    for (const r of rows) {
      const m = model.meters.find((x) => x.code === r.code);
      if (!m) throw new Error(r.code);
      const s = model.series(m);
      const total = s.values.reduce(
        (a, v, i) => ((s.times[i] ?? 0) < UNTIL.getTime() && !Number.isNaN(v) ? a + v : a),
        0,
      );
      expect(r.total).toBeCloseTo(total, 3);
      expect(r.cumulative ? r.first_value : 0).toBe(r.cumulative ? null : 0);
      if (!r.cumulative) expect(r.counters).toBe(0);
    }
    expect(rows.some((r) => r.cumulative)).toBe(true);
  });

  it('bumps the data versions and leaves a loaded database alone on the next start', async () => {
    const versions = await db.query<{ dataset: string; version: number }>(
      `select dataset, version from ops.data_versions where dataset in ('energy-buildings', 'energy-readings', 'blue-green') order by dataset`,
    );
    expect(versions).toEqual([
      { dataset: 'blue-green', version: 1 },
      { dataset: 'energy-buildings', version: 1 },
      { dataset: 'energy-readings', version: 1 },
    ]);
    expect(await loadEnergyModelIfEmpty(db, { info: () => undefined })).toBeNull();
    // The primary key (rebuilt after the COPY on PGlite) is there and holds.
    const [key] = await db.query<{ n: number }>(
      `select count(*)::int n from pg_constraint where conrelid = 'energy.readings'::regclass and contype = 'p'`,
    );
    expect(key?.n).toBe(1);
    await expect(
      db.query(
        'insert into energy.readings (meter_id, ts, value) select meter_id, ts, 1 from energy.readings limit 1',
      ),
    ).rejects.toThrow(/duplicate key/);
  });

  it('writes nothing when the load fails half-way', async () => {
    // Ids already taken: the meters insert fails after the buildings insert; nothing may remain.
    await expect(
      loadEnergyModel(db, {
        buildings: buildings.map((b) => ({ ...b, id: b.id + 1000, code: `${b.code}-X` })),
        until: UNTIL,
      }),
    ).rejects.toThrow();
    const [n] = await db.query<{ n: number }>('select count(*)::int n from energy.buildings');
    expect(n?.n).toBe(4);
  });
});
