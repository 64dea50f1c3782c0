import { describe, expect, it } from 'vitest';
import { validateGaugeRows } from './gauge-rows.ts';

const GAUGES = new Set(['0089', '0112']);
const NOW = new Date('2026-06-01T00:00:00Z');

describe('validateGaugeRows', () => {
  it('accepts any subset of the measurements, numbers or CSV strings', () => {
    const { candidates, errors } = validateGaugeRows(
      [
        { gauge: '0089', ts: '2026-05-31T23:50:00Z', level_cm: 142, discharge_m3s: null },
        { gauge: '0112', ts: '2026-05-31T23:50:00Z', precipitation_mm: '0.4', level_cm: '' },
      ],
      GAUGES,
      NOW,
    );
    expect(errors).toEqual([]);
    expect(candidates.map((c) => [c.gauge, c.levelCm, c.dischargeM3s, c.precipitationMm])).toEqual([
      ['0089', 142, null, null],
      ['0112', null, null, 0.4],
    ]);
  });

  it('reports unknown gauges, bad timestamps, negative values, empty readings, duplicates', () => {
    const { errors } = validateGaugeRows(
      [
        { gauge: 'nope', ts: '2026-05-31T23:50:00Z', level_cm: 1 },
        { gauge: '0089', ts: '2026-05-31T23:50:30Z', level_cm: 1 },
        { gauge: '0089', ts: '2026-06-02T00:00:00Z', level_cm: 1 },
        { gauge: '0089', ts: '2026-05-31T23:00:00Z', discharge_m3s: -2 },
        { gauge: '0089', ts: '2026-05-31T22:00:00Z' },
        { gauge: '0112', ts: '2026-05-31T23:00:00Z', level_cm: 5 },
        { gauge: '0112', ts: '2026-05-31T23:00:00Z', level_cm: 6 },
      ],
      GAUGES,
      NOW,
    );
    expect(errors.map((e) => `${e.row}:${e.field}`)).toEqual([
      '1:gauge',
      '2:ts',
      '3:ts',
      '4:discharge_m3s',
      '5:level_cm',
      '7:ts',
    ]);
  });
});
