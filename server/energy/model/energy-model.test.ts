import { beforeAll, describe, expect, it } from 'vitest';
import { energyModel, readRegister, type Building, type EnergyModel, type Meter } from './index.ts';
import { createContext } from './model-context.ts';
import { MODEL_SEED } from './model-params.ts';
import { meterSeries } from './series.ts';
import { sunElevationDeg } from './solar.ts';
import { localTime } from './time-axis.ts';

let register: Building[];
let model: EnergyModel;
beforeAll(async () => {
  register = await readRegister();
  model = energyModel(register);
});

const meterOf = (pred: (m: Meter, b: Building) => boolean): Meter => {
  const m = model.meters.find((x) => pred(x, register.find((b) => b.id === x.buildingId) as Building));
  if (!m) throw new Error('no such meter');
  return m;
};
const unfaulted = (m: Meter) => !model.faults.some((f) => f.meterId === m.id);
/** Mean of the readings whose UTC time passes `keep`. */
function mean(m: Meter, keep: (t: number, i: number) => boolean): number {
  const s = model.series(m);
  let sum = 0;
  let n = 0;
  s.times.forEach((t, i) => {
    const v = s.values[i] ?? Number.NaN;
    if (keep(t, i) && !Number.isNaN(v)) {
      sum += v;
      n++;
    }
  });
  return sum / n;
}
const month = (t: number) => new Date(t).toISOString().slice(0, 7);

describe('energy model', () => {
  it('is deterministic: two runs give the same meters, faults and series', () => {
    const again = energyModel(register);
    expect(again.meters).toEqual(model.meters);
    expect(again.faults).toEqual(model.faults);
    for (const m of model.meters.slice(0, 6)) {
      const [a, b] = [again.series(m), model.series(m)];
      expect(bytes(a.values).equals(bytes(b.values))).toBe(true);
      expect(a.counter && bytes(a.counter).equals(bytes(b.counter ?? new Float64Array()))).not.toBe(false);
    }
    const first = model.meters[0] as Meter;
    const other = energyModel(register, { seed: MODEL_SEED + 1 });
    expect(bytes(other.series(first).values).equals(bytes(model.series(first).values))).toBe(false);
  }, 30_000);

  it('heats a school far more in January than in July', () => {
    const heat = meterOf(
      (m, b) => (m.kind === 'heat' || m.kind === 'gas') && b.type === 'school' && unfaulted(m),
    );
    const jan = mean(heat, (t) => month(t) === '2025-01');
    const jul = mean(heat, (t) => month(t) === '2025-07');
    expect(jan).toBeGreaterThan(10 * jul);
  });

  it('uses less school electricity in August and at weekends than on term weekdays', () => {
    const el = meterOf((m, b) => m.kind === 'electricity' && b.type === 'school' && unfaulted(m));
    const weekday = (t: number) => [1, 2, 3, 4, 5].includes(localTime(t).weekday);
    const termWeekday = mean(el, (t) => month(t) === '2025-05' && weekday(t));
    expect(mean(el, (t) => month(t) === '2025-08')).toBeLessThan(0.6 * termWeekday);
    expect(mean(el, (t) => month(t) === '2025-05' && !weekday(t))).toBeLessThan(0.6 * termWeekday);
  });

  it('keeps a hospital busy round the clock', () => {
    const el = meterOf((m, b) => m.kind === 'electricity' && b.type === 'hospital' && unfaulted(m));
    const hour = (t: number) => localTime(t).hour;
    expect(mean(el, (t) => hour(t) < 4)).toBeGreaterThan(0.5 * mean(el, (t) => hour(t) >= 9 && hour(t) < 13));
  });

  it('produces PV only by day, more in June than in December, ~850–1,000 kWh/kWp a year', () => {
    const pv = meterOf((m) => m.kind === 'pv' && unfaulted(m));
    const s = model.series(pv);
    s.times.forEach((t, i) => {
      if (sunElevationDeg(t + 7.5 * 60_000) < -1) expect(s.values[i]).toBe(0);
    });
    expect(mean(pv, (t) => month(t) === '2025-06')).toBeGreaterThan(
      3 * mean(pv, (t) => month(t) === '2025-12'),
    );
    const year = s.values.reduce((a, v, i) => ((s.times[i] ?? 0) < Date.parse('2026-01-01') ? a + v : a), 0);
    expect(year / (pv.capacityKwp ?? 1)).toBeGreaterThan(850);
    expect(year / (pv.capacityKwp ?? 1)).toBeLessThan(1000);
  });

  it('keeps cumulative water meters consistent: amount = counter difference, counter never falls', () => {
    const w = meterOf((m) => m.kind === 'water' && m.cumulative);
    const s = model.series(w);
    expect(s.counter).not.toBeNull();
    expect(Number.isNaN(s.values[0])).toBe(true);
    for (let i = 1; i < s.times.length; i++) {
      const d = (s.counter?.[i] ?? 0) - (s.counter?.[i - 1] ?? 0);
      expect(d).toBeGreaterThanOrEqual(0);
      expect(s.values[i]).toBeCloseTo(d, 6);
    }
  });
});

describe('injected faults', () => {
  it('has 8–15 of each kind, on distinct meters spread over buildings', () => {
    const kinds = new Map<string, number>();
    for (const f of model.faults) kinds.set(f.kind, (kinds.get(f.kind) ?? 0) + 1);
    expect([...kinds.keys()].sort()).toEqual([
      'holiday_heating',
      'leak',
      'meter_gap',
      'pv_outage',
      'step_change',
    ]);
    for (const n of kinds.values()) expect(n).toBeGreaterThanOrEqual(8);
    expect(new Set(model.faults.map((f) => f.meterId)).size).toBe(model.faults.length);
    expect(new Set(model.faults.map((f) => Math.floor(f.meterId / 10))).size).toBeGreaterThan(25);
  });

  it('shows every fault in its series against the same meter without it', { timeout: 30_000 }, () => {
    const ctx = createContext(MODEL_SEED);
    for (const f of model.faults) {
      const m = model.meters.find((x) => x.id === f.meterId) as Meter;
      const b = register.find((x) => x.id === m.buildingId) as Building;
      const faulty = model.series(m);
      const clean = meterSeries(m, b, [], ctx);
      const inside = (i: number) => (faulty.times[i] ?? 0) >= f.startsAt && (faulty.times[i] ?? 0) < f.endsAt;
      const idx = [...faulty.times.keys()].filter(inside);
      expect(idx.length, `${f.meterCode} ${f.kind}`).toBeGreaterThan(0);
      const sum = (s: Float64Array, keep: (i: number) => boolean = () => true) =>
        idx.filter(keep).reduce((a, i) => a + (s[i] ?? 0), 0);
      const night = (i: number) => localTime(faulty.times[i] ?? 0).hour < 4;
      switch (f.kind) {
        case 'leak':
          // Raised night flow: every night hour carries the extra flow.
          expect(sum(faulty.counter ? diff(faulty.counter) : faulty.values, night)).toBeGreaterThan(
            sum(clean.counter ? diff(clean.counter) : clean.values, night) +
              0.9 * Number(f.details.extraM3h) * idx.filter(night).length,
          );
          break;
        case 'holiday_heating':
          expect(sum(faulty.values)).toBeGreaterThan(1.15 * sum(clean.values));
          break;
        case 'pv_outage':
          expect(sum(faulty.values)).toBe(0);
          expect(sum(clean.values)).toBeGreaterThan(0);
          break;
        case 'meter_gap':
          expect(idx.every((i) => Number.isNaN(faulty.values[i]))).toBe(true);
          expect(faulty.values.filter((v) => Number.isNaN(v)).length).toBe(idx.length);
          break;
        case 'step_change': {
          const added = (sum(faulty.values) - sum(clean.values)) / idx.length / 0.25;
          expect(added).toBeCloseTo(Number(f.details.addedKw), 1);
          expect(f.endsAt).toBe(Date.parse('2026-03-01T00:00:00Z'));
          break;
        }
      }
    }
  });
});

const bytes = (a: Float64Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);

/** Interval amounts of a counter (the first is 0 here: only sums over windows are compared). */
function diff(counter: Float64Array): Float64Array {
  return counter.map((v, i) => (i === 0 ? 0 : v - (counter[i - 1] ?? v)));
}
