// Local (Europe/Prague) calendar days without Intl in the inner loops: CET, CEST from the last Sunday
// of March 01:00 UTC to the last Sunday of October 01:00 UTC (EU rule).
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const lastSunday = (year: number, month: number) => {
  const last = Date.UTC(year, month + 1, 0);
  return last - new Date(last).getUTCDay() * DAY;
};

/** The last year looked up: the inner loops call pragueOffsetMs once per reading. */
let memo = { from: 0, to: -1, dstFrom: 0, dstTo: 0 };

/** Offset of Prague local time from UTC at an instant, in ms. */
export function pragueOffsetMs(utcMs: number): number {
  if (utcMs < memo.from || utcMs >= memo.to) {
    const year = new Date(utcMs).getUTCFullYear();
    memo = {
      from: Date.UTC(year, 0, 1),
      to: Date.UTC(year + 1, 0, 1),
      dstFrom: lastSunday(year, 2) + HOUR,
      dstTo: lastSunday(year, 9) + HOUR,
    };
  }
  return utcMs >= memo.dstFrom && utcMs < memo.dstTo ? 2 * HOUR : HOUR;
}

/** Local date (YYYY-MM-DD) and hour of an instant. */
export function pragueDateHour(utcMs: number): { date: string; hour: number } {
  const local = new Date(utcMs + pragueOffsetMs(utcMs));
  return { date: local.toISOString().slice(0, 10), hour: local.getUTCHours() };
}

/** UTC ms of local midnight starting a date. */
export function pragueMidnight(date: string): number {
  const utc = Date.parse(`${date}T00:00:00Z`);
  return utc - pragueOffsetMs(utc - HOUR);
}

/** The local date `days` after `date`. */
export const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
