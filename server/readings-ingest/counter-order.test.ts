import { describe, expect, it } from 'vitest';
import { checkCounterOrder } from './counter-order.ts';
import type { MeterCandidate, MeterInfo } from './meter-rows.ts';

const HEAT: MeterInfo = { id: 7, code: 'HEAT', unit: 'kWh', intervalMinutes: 60, cumulative: true };
const EL: MeterInfo = { id: 8, code: 'EL', unit: 'kWh', intervalMinutes: 60, cumulative: false };
const at = (h: number) => new Date(Date.UTC(2025, 0, 1, h));
const c = (row: number, h: number, counter: number): MeterCandidate => ({
  row,
  meter: HEAT,
  ts: at(h),
  value: null,
  counter,
});
const stored = (...pairs: [number, number][]) =>
  new Map([[HEAT.id, pairs.map(([h, counter]) => ({ ts: at(h), counter }))]]);
const rejectedRows = (r: ReturnType<typeof checkCounterOrder>) => r.errors.map((e) => e.row);

describe('checkCounterOrder', () => {
  it('judges a batch in timestamp order, not in row order', () => {
    const r = checkCounterOrder([c(1, 3, 30), c(2, 1, 10), c(3, 2, 20)], new Map());
    expect(r.errors).toEqual([]);
    expect(r.accepted.map((a) => a.row)).toEqual([1, 2, 3]);
  });

  it('refuses a counter lower than the one before it; a refused row is no neighbour', () => {
    const r = checkCounterOrder([c(1, 1, 10), c(2, 2, 5), c(3, 3, 8), c(4, 4, 12)], new Map());
    expect(rejectedRows(r)).toEqual([2, 3]);
    expect(r.errors[0]!.message).toBe(
      "counter 5 is lower than the previous reading's 10 (cumulative meter HEAT)",
    );
  });

  it('allows an unchanged counter (no consumption)', () => {
    expect(checkCounterOrder([c(1, 1, 10), c(2, 2, 10)], new Map()).errors).toEqual([]);
  });

  it('checks against the stored readings before and after', () => {
    const s = stored([0, 100], [5, 150]);
    expect(rejectedRows(checkCounterOrder([c(1, 1, 99)], s))).toEqual([1]);
    expect(rejectedRows(checkCounterOrder([c(1, 1, 151)], s))).toEqual([1]);
    expect(checkCounterOrder([c(1, 1, 120), c(2, 3, 150)], s).errors).toEqual([]);
  });

  it('lets a correction replace the stored reading at its own timestamp', () => {
    const s = stored([0, 100], [1, 500], [2, 130]);
    const r = checkCounterOrder([c(1, 1, 115)], s);
    expect(r.errors).toEqual([]);
  });

  it('passes rows of non-cumulative meters through', () => {
    const el: MeterCandidate = { row: 1, meter: EL, ts: at(1), value: 3, counter: null };
    expect(checkCounterOrder([el, c(2, 1, 5)], new Map()).accepted).toHaveLength(2);
  });
});
