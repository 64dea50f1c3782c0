import { describe, expect, it } from 'vitest';
import { I18n } from '../i18n/i18n.ts';
import type { BuildingDetail, RankingRow, SeriesAnswer } from './energy-api.ts';
import { buildingPopup } from './building-popup.ts';
import { KIND_COLORS } from './energy-palette.ts';

const tile = {
  id: 7,
  name: 'Gymnázium Česká Lípa',
  type: 'school',
  municipality: 'Česká Lípa',
  floor_area_m2: 6400,
  heat_intensity: 151.2,
  savings_czk: 412_345,
  savings_kwh: 160_000,
  savings_m3: 120,
  intensity_ratio: 1.31,
  open_alerts: 1,
};

const stats = {
  heat_intensity: 151.2,
  electricity_intensity: 41.7,
  water_intensity: 0.31,
  water_per_person: 6.2,
  bench_heat: 120,
  bench_electricity: 32,
  bench_water_m2: null,
  bench_water_person: 4,
  intensity_ratio: 1.26,
  savings_kwh: 160_000,
  savings_m3: 120,
  savings_czk: 412_345,
  completeness: 0.98,
} as unknown as RankingRow;

const monthly: SeriesAnswer = {
  resolution: 'month',
  modelled: true,
  timestamps: ['2025-01-01', '2025-02-01'],
  series: { electricity: [20_000, 18_000], heat: [80_000, 70_000], water: [40, 38], gas: [null, null] },
  units: { electricity: 'kWh', heat: 'kWh', water: 'm3', gas: 'kWh' },
};
const daily: SeriesAnswer = {
  ...monthly,
  resolution: 'day',
  timestamps: ['2025-01-01', '2025-01-02'],
  series: { electricity: [600, 650], water: [1, 2] },
};

describe('building popup', () => {
  it('shows the tile figures at once, flagged as modelled', () => {
    const popup = buildingPopup(tile, new I18n('cs'));
    expect(popup.title).toBe('Gymnázium Česká Lípa');
    expect(popup.badge).toBe('modelová data');
    expect(popup.subtitle).toBe('škola, Česká Lípa');
    const rows = Object.fromEntries(popup.rows);
    expect(rows['Úspora celkem']).toBe('412\u00a0345 Kč/rok');
    expect(rows['Náročnost vůči srovnání']).toBe('131 %');
    expect(rows['Otevřené poruchy']).toBe('1');
    expect(popup.charts).toEqual([]);
  });

  it('adds benchmarks, faults and charts from the API answers', () => {
    const detail = { year: 2025, building: {}, stats, alerts: [] } as unknown as BuildingDetail;
    const alerts = [
      {
        id: 1,
        meter_code: 'W-7',
        meter_kind: 'water' as const,
        kind: 'leak',
        severity: 'critical' as const,
        starts_at: '2025-10-03T22:00:00Z',
        ends_at: null,
      },
    ];
    const popup = buildingPopup(tile, new I18n('en'), { detail, monthly, daily, alerts });
    const rows = Object.fromEntries(popup.rows);
    expect(rows['Heat (heating, hot water)']).toBe('151 kWh/m²·year (benchmark 120)');
    // Water is judged per person where the type's benchmark is per person.
    expect(rows.Water).toBe('6.2 m³/person·year (benchmark 4)');
    expect(rows['Data completeness']).toBe('98 %');
    expect(popup.table?.body).toEqual([['water leak', 'water', '04/10/2025']] /* midnight in Prague */);
    const charts = popup.charts ?? [];
    expect(charts.map((c) => [c.type, c.unit, c.series.map((s) => s.label)])).toEqual([
      ['bar', 'kWh', ['electricity', 'heat']],
      ['bar', 'm³', ['water']],
      ['line', 'kWh', ['electricity']],
    ]);
    expect(charts[0]?.series[1]?.color).toBe(KIND_COLORS.heat);
    expect(charts[0]?.x).toEqual({ time: monthly.timestamps, resolution: 'month' });
    expect(charts[2]?.x).toEqual({ time: daily.timestamps, resolution: 'day' });
  });
});
