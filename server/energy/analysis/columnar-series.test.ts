import { describe, expect, it } from 'vitest';
import { toColumnar } from './columnar-series.ts';

describe('toColumnar', () => {
  it('aligns every kind on one sorted time axis with nulls where a kind has no value', () => {
    const out = toColumnar([
      { t: '2025-01-02', kind: 'water', amount: 1.23456 },
      { t: '2025-01-01', kind: 'electricity', amount: 10 },
      { t: '2025-01-02', kind: 'electricity', amount: 12 },
      { t: '2025-01-03', kind: 'pv', amount: null },
    ]);
    expect(out).toEqual({
      timestamps: ['2025-01-01', '2025-01-02', '2025-01-03'],
      series: { electricity: [10, 12, null], water: [null, 1.235, null], pv: [null, null, null] },
    });
    expect(Object.keys(out.series)).toEqual(['electricity', 'water', 'pv']);
  });

  it('returns an empty axis for no rows', () => {
    expect(toColumnar([])).toEqual({ timestamps: [], series: {} });
  });
});
