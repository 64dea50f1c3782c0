import { describe, expect, it } from 'vitest';
import type { RankingRow } from './energy-api.ts';
import { RANKING_COLUMNS, cellValue, okresOptions, rankingTotals, sortedBy } from './ranking-model.ts';

const row = (id: number, okres: string | null, savings: number): RankingRow => ({
  id,
  code: `B${id}`,
  name: `Budova ${id}`,
  type: 'school',
  municipality: 'Liberec',
  okres,
  floor_area_m2: 1000,
  heat_intensity: 120.4,
  electricity_intensity: null,
  water_intensity: 0.456,
  water_per_person: null,
  bench_heat: 110,
  bench_electricity: 30,
  bench_water_m2: 0.4,
  bench_water_person: null,
  intensity_ratio: 1.1,
  savings_kwh: savings * 10,
  savings_m3: savings / 100,
  savings_czk: savings,
  completeness: 1,
});

describe('ranking model', () => {
  it('flips the order on the same header and starts a new column at its useful end', () => {
    const start = { sort: 'savings_czk' as const, order: 'desc' as const, type: 'school' as const };
    expect(sortedBy(start, 'savings_czk')).toEqual({ ...start, order: 'asc' });
    expect(sortedBy(start, 'name')).toEqual({ ...start, sort: 'name', order: 'asc' });
    expect(sortedBy({ ...start, sort: 'name', order: 'asc' }, 'heat_intensity').order).toBe('desc');
  });

  it('sums the savings of the rows shown', () => {
    expect(rankingTotals([row(1, 'Liberec', 1000), row(2, null, 500)])).toEqual({
      count: 2,
      savings_kwh: 15_000,
      savings_m3: 15,
      savings_czk: 1500,
    });
    expect(rankingTotals([]).count).toBe(0);
  });

  it('offers each district once, in Czech order', () => {
    const rows = [
      row(1, 'Semily', 1),
      row(2, 'Česká Lípa', 1),
      row(3, 'Liberec', 1),
      row(4, 'Semily', 1),
      row(5, null, 1),
    ];
    expect(okresOptions(rows)).toEqual(['Česká Lípa', 'Liberec', 'Semily']);
  });

  it('scales and formats numbers per column, and shows a missing value as a dash', () => {
    const byKey = (key: string) => RANKING_COLUMNS.find((c) => c.key === key)!;
    const format = (n: number, digits: number) => n.toFixed(digits);
    const r = row(1, 'Liberec', 123_456);
    expect(cellValue(r, byKey('savings_czk'), format)).toBe('123');
    expect(cellValue(r, byKey('savings_kwh'), format)).toBe('1234.6');
    expect(cellValue(r, byKey('water_intensity'), format)).toBe('0.46');
    expect(cellValue(r, byKey('electricity_intensity'), format)).toBe('–');
    expect(cellValue(r, byKey('name'), format)).toBe('Budova 1');
  });
});
