import type { MeterKind } from './columnar-series.ts';
import { pragueMidnight, pragueOffsetMs } from './prague-time.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * One meter's readings summed per local day: what fault detection works on, read from
 * energy.meter_days in the server and built by `dailyFromReadings` from in-memory series in tests.
 */
export interface DailySeries {
  meterId: number;
  meterCode: string;
  buildingId: number;
  buildingType: string;
  kind: MeterKind;
  capacityKwp: number | null;
  /** Local dates (YYYY-MM-DD), ascending, only days with at least one reading. */
  days: string[];
  total: number[];
  intervals: number[];
  expected: number[];
  /** Lowest complete-hour amount 01:00–04:59 local; null when no such hour is complete. */
  nightMin: (number | null)[];
}

export type MeterInfo = Omit<DailySeries, 'days' | 'total' | 'intervals' | 'expected' | 'nightMin'>;

/**
 * The same aggregation as energy.refresh_meter_aggregates (migration 015) over dense arrays:
 * `present[i]` says a reading exists at `times[i]`; `values[i]` is its amount (NaN: none).
 */
export function dailyFromReadings(
  meter: MeterInfo,
  intervalMinutes: number,
  times: ArrayLike<number>,
  values: ArrayLike<number>,
  present: (i: number) => boolean,
): DailySeries {
  const perHour = 60 / intervalMinutes;
  // Keyed by local day number (days since 1970 in local time): string dates only once per day.
  const byDay = new Map<
    number,
    { total: number; n: number; hours: Map<number, { amount: number; n: number }> }
  >();
  // Hours by local hour of day, as the SQL's date_trunc of local time: the repeated hour in October
  // then holds two hours' readings and does not count as one complete hour.
  for (let i = 0; i < times.length; i++) {
    if (!present(i)) continue;
    const local = times[i]! + pragueOffsetMs(times[i]!);
    const date = Math.floor(local / DAY);
    const hour = Math.floor((local - date * DAY) / HOUR);
    let day = byDay.get(date);
    if (!day) byDay.set(date, (day = { total: 0, n: 0, hours: new Map() }));
    const v = values[i]!;
    const amount = Number.isNaN(v) ? 0 : v;
    day.total += amount;
    day.n += 1;
    if (hour < 1 || hour > 4) continue;
    const h = day.hours.get(hour) ?? { amount: 0, n: 0 };
    h.amount += amount;
    h.n += 1;
    day.hours.set(hour, h);
  }
  const numbers = [...byDay.keys()].sort((a, b) => a - b);
  const text = (n: number) => new Date(n * DAY).toISOString().slice(0, 10);
  const out: DailySeries = {
    ...meter,
    days: numbers.map(text),
    total: [],
    intervals: [],
    expected: [],
    nightMin: [],
  };
  for (const number of numbers) {
    const d = byDay.get(number)!;
    const [date, next] = [text(number), text(number + 1)];
    let nightMin: number | null = null;
    for (const h of d.hours.values())
      if (h.n === perHour) nightMin = nightMin === null ? h.amount : Math.min(nightMin, h.amount);
    out.total.push(d.total);
    out.intervals.push(d.n);
    out.expected.push(Math.round((pragueMidnight(next) - pragueMidnight(date)) / 60_000 / intervalMinutes));
    out.nightMin.push(nightMin);
  }
  return out;
}
