import { MODEL_PERIOD } from './model-params.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The start of the modelled period (UTC ms) and its exclusive end. */
export const PERIOD_START = Date.parse(MODEL_PERIOD.from);
export const PERIOD_END = Date.parse(MODEL_PERIOD.toExclusive);
/** Whole days in the period (424 for 2025-01-01 … 2026-02-28). */
export const PERIOD_DAYS = Math.round((PERIOD_END - PERIOD_START) / DAY);

/** Number of readings of a meter with this interval over the period. */
export function stepCount(intervalMinutes: 15 | 60): number {
  return ((PERIOD_END - PERIOD_START) / MINUTE / intervalMinutes) | 0;
}

/** UTC ms of reading `i` of a meter with this interval. */
export function stepTime(intervalMinutes: 15 | 60, i: number): number {
  return PERIOD_START + i * intervalMinutes * MINUTE;
}

/** Day index (0 = 2025-01-01, UTC) of a UTC instant. */
export function dayIndex(utcMs: number): number {
  return Math.floor((utcMs - PERIOD_START) / DAY);
}

/** Last Sunday of a month at 01:00 UTC: the EU summer-time switch. */
function lastSundayUtc(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0, 1));
  return last.getTime() - last.getUTCDay() * DAY;
}

/** Offset of Prague local time from UTC in hours (CET +1, CEST +2), by the EU rule. */
export function pragueOffsetHours(utcMs: number): number {
  const year = new Date(utcMs).getUTCFullYear();
  return utcMs >= lastSundayUtc(year, 2) && utcMs < lastSundayUtc(year, 9) ? 2 : 1;
}

/** Local (Prague) calendar fields of a UTC instant: schedules follow local time. */
export interface LocalTime {
  /** Local date as YYYY-MM-DD. */
  date: string;
  /** Local hour as a fraction (7.25 = 07:15). */
  hour: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
}

export function localTime(utcMs: number): LocalTime {
  const local = new Date(utcMs + pragueOffsetHours(utcMs) * HOUR);
  return {
    date: local.toISOString().slice(0, 10),
    hour: local.getUTCHours() + local.getUTCMinutes() / 60,
    weekday: local.getUTCDay(),
  };
}

export { DAY, HOUR, MINUTE };
