import { describe, expect, it } from 'vitest';
import { I18n } from '../i18n/i18n.ts';
import { dailyTotals, hydrographCharts, hydrographWindow, type GaugeSeries } from './hydrograph.ts';

const series: GaugeSeries = {
  gauge: { id: 'g', name: 'Dolní Sytová', river: 'Jizera', measure: 'Q' },
  timestamps: ['2025-06-11T22:00:00Z', '2025-06-11T23:00:00Z', '2025-06-12T00:00:00Z'],
  level_cm: [150, 170, 190],
  discharge_m3s: [80, 95.5, 120],
  precipitation_mm: [2, null, 4.5],
  thresholds: { spa1: 98.4, spa2: 175, spa3: 282, dry: null },
};

describe('hydrographCharts', () => {
  it('draws the measure the stages are judged on, with the thresholds the gauge has', () => {
    const [line, bars] = hydrographCharts(series, new I18n('cs'));
    expect(line?.type).toBe('line');
    expect(line?.unit).toBe('m³/s');
    expect(line?.series[0]?.values).toEqual([80, 95.5, 120]);
    expect(line?.thresholds?.map((t) => [t.label, t.value])).toEqual([
      ['SPA 1', 98.4],
      ['SPA 2', 175],
      ['SPA 3', 282],
    ]);
    expect(bars?.type).toBe('bar');
    expect(bars?.series[0]?.values).toEqual([2, 4.5]);

    const onLevel = hydrographCharts(
      {
        ...series,
        gauge: { ...series.gauge, measure: 'H' },
        thresholds: { spa1: 180, spa2: null, spa3: null, dry: 35 },
      },
      new I18n('en'),
    )[0];
    expect(onLevel?.series[0]?.values).toEqual([150, 170, 190]);
    expect(onLevel?.caption).toBe('water level (cm)');
    expect(onLevel?.thresholds?.map((t) => t.label)).toEqual(['SPA 1', 'drought']);
  });
});

describe('dailyTotals', () => {
  it('sums the hours of each day and keeps a day without readings a gap', () => {
    expect(
      dailyTotals(
        ['2025-06-11T22:00:00Z', '2025-06-11T23:00:00Z', '2025-06-12T00:00:00Z', '2025-06-13T00:00:00Z'],
        [1, 2.5, null, 0],
      ),
    ).toEqual({
      days: ['2025-06-11T00:00:00Z', '2025-06-12T00:00:00Z', '2025-06-13T00:00:00Z'],
      totals: [3.5, null, 0],
    });
  });
});

describe('hydrographWindow', () => {
  it('is the week up to the moment shown', () => {
    expect(hydrographWindow('2025-06-12T06:00:00.000Z')).toEqual({
      from: '2025-06-05T06:00:00Z',
      to: '2025-06-12T06:00:00Z',
    });
  });
});
