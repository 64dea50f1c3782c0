import { describe, expect, it } from 'vitest';
import { validateMeterRows, type MeterInfo } from './meter-rows.ts';

const EL: MeterInfo = { id: 1, code: 'EL', unit: 'kWh', intervalMinutes: 15, cumulative: false };
const WAT: MeterInfo = { id: 2, code: 'WAT', unit: 'm3', intervalMinutes: 60, cumulative: true };
const METERS = new Map([EL, WAT].map((m) => [m.code, m]));
const NOW = new Date('2025-06-01T12:00:00Z');
const check = (rows: unknown[]) => validateMeterRows(rows, METERS, NOW);
const fields = (rows: unknown[]) => check(rows).errors.map((e) => `${e.row}:${e.field}`);

describe('validateMeterRows', () => {
  it('accepts interval values and counters in the shape of their meter', () => {
    const { candidates, errors } = check([
      { meter: 'EL', ts: '2025-06-01T10:15:00Z', value: 1.5, unit: 'kWh' },
      { meter: 'WAT', ts: '2025-06-01T10:00:00+02:00', counter: '1204.5' },
    ]);
    expect(errors).toEqual([]);
    expect(candidates.map((c) => [c.row, c.meter.code, c.ts.toISOString(), c.value, c.counter])).toEqual([
      [1, 'EL', '2025-06-01T10:15:00.000Z', 1.5, null],
      [2, 'WAT', '2025-06-01T08:00:00.000Z', null, 1204.5],
    ]);
  });

  it('reports each problem with its row and field', () => {
    expect(
      fields([
        'EL,2025,1',
        { meter: 'X', ts: '2025-06-01T10:15:00Z', value: 1 },
        { meter: 'EL', ts: '2025-06-01T10:10:00Z', value: 1 },
        { meter: 'WAT', ts: '2025-06-01T10:15:00Z', counter: 1 },
        { meter: 'EL', ts: '2025-06-01T12:15:00Z', value: 1 },
        { meter: 'EL', ts: '1999-12-31T23:45:00Z', value: 1 },
        { meter: 'EL', ts: '2025-06-01T10:00:00Z', value: 1, unit: 'MWh' },
        { meter: 'EL', ts: '2025-06-01T10:00:00Z' },
        { meter: 'EL', ts: '2025-06-01T10:00:00Z', value: 1, counter: 5 },
        { meter: 'WAT', ts: '2025-06-01T10:00:00Z', value: 1 },
        { meter: 'EL', ts: '2025-06-01T10:00:00Z', vaule: 1, value: 1 },
      ]),
    ).toEqual([
      '1:row',
      '2:meter',
      '3:ts',
      '4:ts',
      '5:ts',
      '6:ts',
      '7:unit',
      '8:value',
      '9:counter',
      '10:counter',
      '10:value',
      '11:vaule',
    ]);
  });

  it('allows a small clock skew but not the future beyond it', () => {
    expect(fields([{ meter: 'EL', ts: '2025-06-01T12:00:00Z', value: 1 }])).toEqual([]);
    expect(fields([{ meter: 'EL', ts: '2025-06-01T12:15:00Z', value: 1 }])).toEqual(['1:ts']);
  });

  it('keeps the first of duplicate meter + timestamp rows, also when written with another offset', () => {
    const { candidates, errors } = check([
      { meter: 'EL', ts: '2025-06-01T10:00:00Z', value: 1 },
      { meter: 'EL', ts: '2025-06-01T12:00:00+02:00', value: 2 },
      { meter: 'WAT', ts: '2025-06-01T10:00:00Z', counter: 3 },
    ]);
    expect(candidates.map((c) => c.row)).toEqual([1, 3]);
    expect(errors).toEqual([{ row: 2, field: 'ts', message: 'duplicates row 1 (same meter and timestamp)' }]);
  });
});
