import pino from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import type { Db } from '../db/db.ts';
import { openTestDb } from '../db/test-db.ts';
import { insertRankingFixture } from '../energy/analysis/fixtures/ranking-fixture.ts';
import { refreshEnergyStats } from '../energy/analysis/refresh-energy-stats.ts';
import { runDetection } from '../energy/analysis/run-detection.ts';
import { ingestMeterReadings } from '../readings-ingest/index.ts';

// Hand-computed from the fixture (constant hourly values in Q1, each meter scaled to the 8,760 local
// hours of 2025 by its completeness) and the default
// prices: electricity 5.5, heat 2.8, gas 2.0 CZK/kWh, water 135 CZK/m³, gas 10.55 kWh/m³.
const SCHOOL = {
  electricity_kwh: 4 * 8760 + 8760, // grid + own PV
  heat_intensity: (2 * 8760 * 10.55) / 1000, // 184.836 vs 150
  electricity_intensity: 43.8, // vs 40
  water_intensity: 0.876,
  water_per_person: 4.38, // vs 5: no water savings
  self_sufficiency: 0.2,
  savings_kwh: (184.836 - 150) * 1000 + (43.8 - 40) * 1000,
  savings_m3: 0,
  savings_czk: 34_836 * 2.0 + 3_800 * 5.5,
};
const OFFICE = {
  heat_intensity: 175.2,
  savings_kwh: 27_600,
  savings_m3: 1_752 - 500,
  savings_czk: 27_600 * 2.8 + 1_252 * 135,
};
// Heat read in January only (744 h): scaled to the year it is 100 kWh × 8,760 h.
const HOSPITAL = {
  completeness: 744 / 8760,
  heat_intensity: 438,
  savings_kwh: 36_000,
  savings_czk: 36_000 * 2.8,
};

describe('energy API on a hand-computable fixture', () => {
  let db: Db;
  let app: ReturnType<typeof buildApp>;
  const get = (url: string) => request(app.callback()).get(url);

  beforeAll(async () => {
    db = await openTestDb();
    await insertRankingFixture(db);
    const config = loadConfig({});
    await refreshEnergyStats(db, config.energy);
    await db.exec(`
      insert into energy.alerts (building_id, meter_id, kind, severity, starts_at, ends_at) values
        (1, 13, 'leak', 'warning', '2025-03-01T00:00Z', null),
        (2, 21, 'step_change', 'info', '2025-02-01T00:00Z', '2025-02-20T00:00Z');`);
    app = buildApp({ config, db, logger: pino({ level: 'silent' }) });
  }, 120_000);

  afterAll(async () => {
    await db?.close();
  });

  it('ranks by savings in CZK with intensities, completeness and the prices used', async () => {
    const res = await get('/api/energy/ranking').expect(200);
    expect(res.body).toMatchObject({
      year: 2025,
      modelled: true,
      count: 4,
      prices: {
        electricity_czk_kwh: 5.5,
        heat_czk_kwh: 2.8,
        gas_czk_kwh: 2,
        water_czk_m3: 135,
        gas_kwh_per_m3: 10.55,
      },
    });
    const rows = res.body.buildings as Record<string, number | string | null>[];
    expect(rows.map((r) => r.code)).toEqual(['T-OFF', 'T-HOS', 'T-SCH', 'T-MUS']);
    const [office, hospital, school, museum] = rows;
    for (const [k, v] of Object.entries(SCHOOL)) expect(school![k], k).toBeCloseTo(v, 6);
    expect(school!.completeness).toBeCloseTo(2159 / 8760, 12);
    for (const [k, v] of Object.entries(OFFICE)) expect(office![k], k).toBeCloseTo(v, 6);
    for (const [k, v] of Object.entries(HOSPITAL)) expect(hospital![k], k).toBeCloseTo(v, 6);
    expect(hospital!.savings_m3).toBe(0); // 4,380 m³ a year against 100 beds × 120 m³
    expect(museum).toMatchObject({
      heat_intensity: null,
      savings_czk: 0,
      completeness: null,
      intensity_ratio: null,
    });
  });

  it('filters by type and district and sorts by any key both ways', async () => {
    const codes = async (q: string) =>
      ((await get(`/api/energy/ranking?${q}`).expect(200)).body.buildings as { code: string }[]).map(
        (b) => b.code,
      );
    expect(await codes('type=school')).toEqual(['T-SCH']);
    expect(await codes('okres=Liberec&sort=name&order=asc')).toEqual(['T-SCH', 'T-OFF']);
    expect(await codes(`okres=${encodeURIComponent('Česká Lípa')}`)).toEqual(['T-MUS']);
    expect(await codes('sort=heat_intensity&order=asc')).toEqual(['T-OFF', 'T-SCH', 'T-HOS', 'T-MUS']);
    expect(await codes('sort=savings_m3')).toEqual(['T-OFF', 'T-SCH', 'T-HOS', 'T-MUS']);
    expect(await codes('sort=water_intensity&order=desc&limit=2')).toEqual(['T-OFF', 'T-HOS']);
    // office and hospital tie at 87.6 kWh/m²: ties break by id
    expect(await codes('sort=electricity_intensity&order=desc')).toEqual([
      'T-OFF',
      'T-HOS',
      'T-SCH',
      'T-MUS',
    ]);
    // Czech order: … M, N, … S, Š, … U, Ú
    expect(await codes('sort=name&order=desc')).toEqual(['T-OFF', 'T-SCH', 'T-HOS', 'T-MUS']);
    expect(await codes('year=2024')).toHaveLength(4);
  });

  it('exports the same ranking as CSV with a header, as an attachment', async () => {
    const res = await get('/api/energy/ranking?format=csv&type=office').expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="energy-ranking-2025-office.csv"');
    const [header, line, end] = res.text.split('\r\n');
    const cols = header!.split(',');
    const values = Object.fromEntries(cols.map((c, i) => [c, line!.split(',')[i]]));
    expect(values).toMatchObject({
      code: 'T-OFF',
      name: 'Úřad',
      savings_czk: '246300',
      heat_intensity: '175.2',
    });
    expect(end).toBe('');
    const school = (await get('/api/energy/ranking?format=csv&type=school').expect(200)).text;
    expect(school).toContain('"Škola, ""Test"""');
  });

  it('answers 400 naming the parameter', async () => {
    for (const [q, field] of [
      ['sort=bogus', 'sort'],
      ['order=up', 'order'],
      ['year=20x5', 'year'],
      ['type=castle', 'type'],
      ['limit=0', 'limit'],
      ['format=xml', 'format'],
      ['colour=red', 'colour'],
      ['year=2025&year=2024', 'year'],
    ]) {
      const res = await get(`/api/energy/ranking?${q}`).expect(400);
      expect(res.body.error, q).toMatchObject({ code: 'invalid_parameter', field });
    }
    expect((await get('/api/energy/buildings/abc').expect(400)).body.error.field).toBe('id');
    expect((await get('/api/energy/buildings/1/series?resolution=week').expect(400)).body.error.field).toBe(
      'resolution',
    );
    expect((await get('/api/energy/buildings/1/series?from=2025-02-30').expect(400)).body.error.field).toBe(
      'from',
    );
    expect(
      (await get('/api/energy/buildings/1/series?from=2025-02-01&to=2025-01-01').expect(400)).body.error
        .field,
    ).toBe('to');
    expect(
      (await get('/api/energy/buildings/1/series?resolution=hour&to=2025-12-01').expect(400)).body.error
        .field,
    ).toBe('to');
    expect((await get('/api/alerts?status=pending').expect(400)).body.error.field).toBe('status');
  });

  it('answers 404 for an unknown building', async () => {
    expect((await get('/api/energy/buildings/999').expect(404)).body.error).toMatchObject({
      code: 'not_found',
    });
    await get('/api/energy/buildings/999/series').expect(404);
    await get('/api/alerts?building=999').expect(404);
  });

  it('details a building with its benchmark, meters with completeness and open alerts', async () => {
    const res = await get('/api/energy/buildings/3').expect(200);
    expect(res.body.building).toMatchObject({ id: 3, code: 'T-HOS', type: 'hospital', floor_area_m2: 2000 });
    expect(res.body.benchmark).toMatchObject({ heat_kwh_m2: 420, electricity_kwh_m2: 90, indicative: true });
    expect(res.body.benchmark.source).toMatch(/CIBSE TM46/);
    expect(res.body.stats.savings_czk).toBeCloseTo(HOSPITAL.savings_czk, 6);
    const heat = res.body.meters.find((m: { kind: string }) => m.kind === 'heat');
    expect(heat).toMatchObject({ code: 'T-HOS-H', measured: 74_400, intervals: 744, expected: 8760 });
    expect(heat.completeness).toBeCloseTo(HOSPITAL.completeness, 9);
    expect(res.body.alerts).toEqual([]);
    const school = await get('/api/energy/buildings/1').expect(200);
    expect(school.body.alerts.map((a: { kind: string }) => a.kind)).toEqual(['leak']);
  });

  it('serves columnar series by month, day and local hour, gas in kWh', async () => {
    const month = await get('/api/energy/buildings/1/series?resolution=month').expect(200);
    expect(month.body.timestamps).toEqual(['2025-01-01', '2025-02-01', '2025-03-01']);
    expect(month.body.timestamps[0]).toBe('2025-01-01');
    expect(month.body.series.electricity[0]).toBe(4 * 744);
    expect(month.body.units).toEqual({ electricity: 'kWh', gas: 'kWh', water: 'm3', pv: 'kWh' });
    const day = await get(
      '/api/energy/buildings/1/series?resolution=day&from=2025-03-29&to=2025-04-01',
    ).expect(200);
    expect(day.body.timestamps).toEqual(['2025-03-29', '2025-03-30', '2025-03-31']);
    expect(day.body.series.electricity).toEqual([96, 92, 96]); // 30 March has 23 local hours
    expect(day.body.series.gas[0]).toBeCloseTo(2 * 24 * 10.55, 6);
    const hour = await get(
      '/api/energy/buildings/1/series?resolution=hour&from=2025-01-01&to=2025-01-02',
    ).expect(200);
    expect(hour.body.timestamps).toHaveLength(24);
    expect(hour.body.timestamps[0]).toBe('2025-01-01T00:00');
    expect(hour.body.series.water.every((v: number) => v === 0.1)).toBe(true);
  });

  it('lists alerts by building, kind and status', async () => {
    const kinds = async (q: string) =>
      ((await get(`/api/alerts?${q}`).expect(200)).body.alerts as { kind: string }[]).map((a) => a.kind);
    expect(await kinds('')).toEqual(['leak', 'step_change']);
    expect(await kinds('status=open')).toEqual(['leak']);
    expect(await kinds('status=closed')).toEqual(['step_change']);
    expect(await kinds('building=2')).toEqual(['step_change']);
    expect(await kinds('kind=leak&building=2')).toEqual([]);
  });

  it('keeps the map snapshot and tile views in step with the ranking', async () => {
    const map = await db.query<Record<string, number | string>>(
      'select * from energy.building_map order by id',
    );
    expect(map.map((r) => Number(r.open_alerts))).toEqual([1, 0, 0, 0]);
    expect(Number(map[1]!.savings_czk)).toBeCloseTo(OFFICE.savings_czk, 6);
    expect(Number(map[0]!.intensity_ratio)).toBeCloseTo((184.836 + 43.8) / 190, 9);
    const pv = await db.query<Record<string, number>>('select * from energy.pv_systems');
    expect(pv).toHaveLength(1);
    expect(pv[0]).toMatchObject({ id: 14, building_id: 1, capacity_kwp: 10, production_kwh: 2159 });
    const [version] = await db.query<{ version: number }>(
      `select version from ops.data_versions where dataset = 'energy-readings'`,
    );
    expect(version!.version).toBeGreaterThanOrEqual(1);
  });

  // Last: it changes the hospital's water readings.
  it('detects a meter gap, and forgets it once ingest fills the gap (refresh through the ingest hook)', async () => {
    await db.query(
      `delete from energy.readings where meter_id = 33 and ts between '2025-02-10T10:00Z' and '2025-02-10T13:00Z'`,
    );
    await refreshEnergyStats(db, loadConfig({}).energy, { meterCodes: ['T-HOS-W'] });
    const found = await runDetection(db, [33]);
    expect(found.map((a) => [a.kind, a.meterCode, new Date(a.startsAt).toISOString()])).toEqual([
      ['meter_gap', 'T-HOS-W', '2025-02-09T23:00:00.000Z'],
    ]);
    const gaps = async () =>
      (await get('/api/alerts?kind=meter_gap&building=3').expect(200)).body.alerts as {
        meter_code: string;
        ends_at: string;
      }[];
    expect((await gaps()).map((a) => [a.meter_code, a.ends_at])).toEqual([
      ['T-HOS-W', '2025-02-10T23:00:00.000Z'],
    ]);
    // The other meters' alerts are untouched.
    expect(
      await get('/api/alerts')
        .expect(200)
        .then((r) => r.body.count),
    ).toBe(3);

    const rows = [10, 11, 12, 13].map((h) => ({
      meter: 'T-HOS-W',
      ts: `2025-02-10T${h}:00:00Z`,
      value: 0.5,
    }));
    const result = await ingestMeterReadings(db, rows);
    expect(result).toMatchObject({ written: 4, rejected: 0 });
    const [day] = await db.query<{ intervals: number }>(
      `select intervals from energy.meter_days where meter_id = 33 and day = '2025-02-10'`,
    );
    expect(day!.intervals).toBe(24);
    expect(await gaps()).toEqual([]);
  });
});
