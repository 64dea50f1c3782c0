// Hourly shares of a day's traffic for a typical working day and weekend day (MODEL). Shapes, not
// measurements: the familiar curves of automatic traffic counters on Czech and German non-motorway
// roads — on working days a sharp morning peak at 07:00 (commuting, school), a broad afternoon peak
// 14:00–17:00 that is a little higher, and a deep night trough; at weekends no morning peak, a flat
// late-morning-to-afternoon plateau 10:00–17:00, and more traffic late in the evening and at night.
// The same profile is used for heavy vehicles (a simplification: lorries are flatter over the day).
import { NIGHT_HOURS, type DayType } from './traffic-params.ts';

/** Relative weights (‰ of the day before normalisation), hour 0 … 23. */
const WEIGHTS: Record<DayType, readonly number[]> = {
  // prettier-ignore
  weekday: [8, 5, 4, 4, 7, 20, 50, 75, 63, 53, 52, 54, 56, 59, 68, 78, 78, 68, 53, 40, 30, 24, 18, 13],
  // prettier-ignore
  weekend: [15, 10, 7, 5, 5, 8, 15, 25, 40, 58, 72, 78, 78, 74, 72, 72, 72, 68, 60, 48, 38, 30, 23, 18],
};

const normalised = (w: readonly number[]) => {
  const total = w.reduce((s, x) => s + x, 0);
  return Object.freeze(w.map((x) => x / total));
};

/** Share of the day's vehicles in each hour 0 … 23; each profile sums to 1. */
export const HOURLY_PROFILES: Record<DayType, readonly number[]> = {
  weekday: normalised(WEIGHTS.weekday),
  weekend: normalised(WEIGHTS.weekend),
};

/** Share of a day's vehicles in the night hours 19:00–05:59. */
export function nightShare(day: DayType): number {
  return NIGHT_HOURS.reduce((s, h) => s + HOURLY_PROFILES[day][h]!, 0);
}
