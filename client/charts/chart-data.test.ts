import { describe, expect, it } from 'vitest';
import { alignedData, barRects, tickIndices, valueRange, xLabel, xTickLabels } from './chart-data.ts';
import type { ChartSpec } from './chart-spec.ts';

const months: ChartSpec = {
  type: 'bar',
  lang: 'cs',
  x: {
    time: ['2025-01-01T00:00:00+01:00', '2025-02-01T00:00:00+01:00', '2025-03-01T00:00:00+01:00'],
    resolution: 'month',
  },
  series: [
    { label: 'elektřina', values: [10, 20, 30], color: '#ff0000' },
    { label: 'teplo', values: [5, null], color: '#0000ff' },
  ],
};

const hydrograph: ChartSpec = {
  type: 'line',
  lang: 'en',
  x: { time: [Date.UTC(2026, 1, 1, 11), Date.UTC(2026, 1, 1, 12)], resolution: 'hour' },
  series: [{ label: 'level', values: [120, 131], color: '#1f77b4' }],
  thresholds: [
    { value: 180, label: 'SPA 1', color: '#e6ab02' },
    { value: 240, label: 'SPA 2', color: '#d95f02' },
  ],
};

describe('chart data', () => {
  it('puts bars on evenly spaced positions and pads short series with gaps', () => {
    expect(alignedData(months)).toEqual([
      [0, 1, 2],
      [10, 20, 30],
      [5, null, null],
    ]);
  });

  it('puts lines over time on seconds', () => {
    const [xs] = alignedData(hydrograph);
    expect(xs).toEqual([Date.UTC(2026, 1, 1, 11) / 1000, Date.UTC(2026, 1, 1, 12) / 1000]);
  });

  it('labels positions by their instant in the region time zone, or by category', () => {
    expect(xLabel(months, 0)).toBe('led 2025');
    expect(xLabel({ ...months, lang: 'en' }, 2)).toBe('Mar 2025');
    // 11:00 UTC is 12:00 in Prague in winter.
    expect(xLabel(hydrograph, Date.UTC(2026, 1, 1, 11) / 1000)).toBe('12:00');
    expect(xTickLabels(months, [0, 1, 2])).toEqual(['led\n2025', 'úno', 'bře']);
    const winter: ChartSpec = {
      ...months,
      lang: 'en',
      x: { time: ['2025-12-01T00:00:00+01:00', '2026-01-01T00:00:00+01:00'], resolution: 'month' },
    };
    expect(xTickLabels(winter, [0, 1])).toEqual(['Dec\n2025', 'Jan\n2026']);
    const midnights = [Date.UTC(2026, 0, 31, 23), Date.UTC(2026, 1, 1, 23)].map((ms) => ms / 1000);
    expect(xTickLabels(hydrograph, midnights, 86_400)).toEqual(['1 Feb', '2 Feb']);
    expect(xTickLabels(hydrograph, midnights.slice(0, 1), 6 * 3600)).toEqual(['00:00']);
    const years: ChartSpec = { ...months, x: { categories: ['2023', '2024'] } };
    expect(xLabel(years, 1)).toBe('2024');
    expect(xLabel(years, 5)).toBe('');
  });

  it('keeps thresholds in the y range even above every value, and zero under bars', () => {
    const [min, max] = valueRange(hydrograph);
    expect(min).toBeLessThan(120);
    expect(max).toBeGreaterThan(240);
    expect(valueRange(months)[0]).toBe(0);
    expect(valueRange({ ...months, series: [] })).toEqual([0, 1]);
  });

  it('labels at most the requested number of positions', () => {
    expect(tickIndices(14, 7)).toEqual([0, 2, 4, 6, 8, 10, 12]);
    expect(tickIndices(3, 7)).toEqual([0, 1, 2]);
    expect(tickIndices(0, 7)).toEqual([]);
  });

  it('sets the bars of a group side by side within the group width', () => {
    const first = barRects([100, 200], [40, null], 90, 0, 2, 100);
    const second = barRects([100, 200], [60, 80], 90, 1, 2, 100);
    expect(first).toEqual([{ x: 60, y: 40, width: 39, height: 50 }]);
    expect(second[0]).toEqual({ x: 100, y: 60, width: 39, height: 30 });
    expect(second[1]?.x).toBe(200);
  });
});
