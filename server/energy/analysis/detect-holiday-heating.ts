import { complete, dayAlert, runsOfDays, type DetectedAlert } from './alert-types.ts';
import type { DailySeries } from './daily-series.ts';
import { fitLine } from './robust-stats.ts';

/** A school-holiday block, inclusive local dates (E1's calendar in server/energy/model/calendar.ts). */
export interface HolidayBlock {
  name: string;
  from: string;
  to: string;
}

/** What the detector knows about days: daily mean temperature, school holidays, non-working days. */
export interface DayContext {
  temperatureC(date: string): number | undefined;
  holidays: readonly HolidayBlock[];
  isWorkingDay(date: string): boolean;
}

export const HOLIDAY_HEATING = {
  /** Heating degree-day base (°C), as the model's heating season. */
  baseC: 15,
  /** Days colder than base − this are judged: on mild days there is too little heat to tell. */
  minDegreeDays: 3,
  /**
   * Excess over the term-time weekend line, in degree-days' worth of heat (the slope): heating left
   * on holds the day temperature, i.e. a few °C more than the weekend set-back, all day.
   */
  minExcessDegrees: 2,
  /** … and in residual standard deviations of that line. */
  sigmas: 3,
  minTrainingDays: 10,
  maxHoleDays: 2,
} as const;

/**
 * Heating left on over school holidays (school heat and gas meters): a holiday day's heat is compared
 * with what a term-time weekend day of the same temperature used (a line fitted on heat against
 * heating degree-days); a holiday should be at or below the weekend set-back, not above it.
 */
export function detectHolidayHeating(s: DailySeries, ctx: DayContext): DetectedAlert[] {
  if (s.buildingType !== 'school' || (s.kind !== 'heat' && s.kind !== 'gas')) return [];
  const holidayOf = (d: string) => ctx.holidays.find((h) => d >= h.from && d <= h.to);
  const hdd = (d: string) => {
    const t = ctx.temperatureC(d);
    return t === undefined ? undefined : Math.max(0, HOLIDAY_HEATING.baseC - t);
  };
  const xs: number[] = [];
  const ys: number[] = [];
  s.days.forEach((d, i) => {
    const x = hdd(d);
    if (x === undefined || x <= 0 || !complete(s, i) || holidayOf(d) || ctx.isWorkingDay(d)) return;
    xs.push(x);
    ys.push(s.total[i]!);
  });
  if (xs.length < HOLIDAY_HEATING.minTrainingDays) return [];
  const line = fitLine(xs, ys);
  if (line.b <= 0) return [];
  const sd = Math.sqrt(
    ys.reduce((sum, y, i) => sum + (y - line.a - line.b * xs[i]!) ** 2, 0) / (ys.length - 2),
  );
  const margin = Math.max(HOLIDAY_HEATING.minExcessDegrees * line.b, HOLIDAY_HEATING.sigmas * sd);

  const flagged: string[] = [];
  s.days.forEach((d, i) => {
    const x = hdd(d);
    if (x === undefined || x < HOLIDAY_HEATING.minDegreeDays || !complete(s, i) || !holidayOf(d)) return;
    if (s.total[i]! > line.a + line.b * x + margin) flagged.push(d);
  });
  return runsOfDays(flagged, HOLIDAY_HEATING.maxHoleDays).map((run) =>
    dayAlert(
      s,
      'holiday_heating',
      run,
      'warning',
      {
        holiday: holidayOf(run[0])?.name ?? '',
        days: flagged.filter((d) => d >= run[0] && d <= run[1]).length,
      },
      false,
    ),
  );
}
