// Parsers for the GTFS field types (https://gtfs.org/schedule/reference/#field-types). Pure; each
// returns the value or a problem phrased for the person who has to fix the feed.

export type Parsed<T> = { value: T } | { problem: string };

const TIME = /^(\d{1,3}):(\d{2}):(\d{2})$/;

/**
 * "HH:MM:SS" (or "H:MM:SS") as seconds after midnight of the service day. Hours may exceed 23:
 * a trip that runs past midnight keeps the date it started on, so "25:10:00" = 90,600 s.
 */
export function parseGtfsTime(text: string): Parsed<number> {
  const m = TIME.exec(text);
  if (!m) return { problem: `"${text}" is not a time HH:MM:SS` };
  const [h, min, s] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (min > 59) return { problem: `"${text}": minutes ${m[2]} out of range 00–59` };
  if (s > 59) return { problem: `"${text}": seconds ${m[3]} out of range 00–59` };
  return { value: h * 3600 + min * 60 + s };
}

/** Seconds after midnight back to "HH:MM:SS" (hours over 24 kept), for messages and departure boards. */
export function formatGtfsTime(seconds: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
}

/** "YYYYMMDD" as an ISO date "YYYY-MM-DD", rejecting days that do not exist (20260230). */
export function parseGtfsDate(text: string): Parsed<string> {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (!m) return { problem: `"${text}" is not a date YYYYMMDD` };
  const iso = `${m[1]}-${m[2]}-${m[3]}`;
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso)
    return { problem: `"${text}" is not a calendar date` };
  return { value: iso };
}

/** A whole number within [min, max]. */
export function parseGtfsInt(text: string, min: number, max: number): Parsed<number> {
  if (!/^-?\d+$/.test(text)) return { problem: `"${text}" is not an integer` };
  const n = Number(text);
  if (n < min || n > max) return { problem: `${text} out of range ${min}–${max}` };
  return { value: n };
}

/** One of the listed integer codes (an enum field such as location_type or exception_type). */
export function parseGtfsEnum(text: string, allowed: readonly number[]): Parsed<number> {
  const n = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!allowed.includes(n)) return { problem: `"${text}" is not one of ${allowed.join(', ')}` };
  return { value: n };
}

/** A decimal number within [min, max] (latitude, longitude, distances). */
export function parseGtfsFloat(text: string, min: number, max: number): Parsed<number> {
  const n = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text) ? Number(text) : NaN;
  if (Number.isNaN(n)) return { problem: `"${text}" is not a number` };
  if (n < min || n > max) return { problem: `${text} out of range ${min} to ${max}` };
  return { value: n };
}

/** A colour as six hex digits without '#', upper-cased. */
export function parseGtfsColor(text: string): Parsed<string> {
  if (!/^[0-9a-fA-F]{6}$/.test(text)) return { problem: `"${text}" is not a colour of six hex digits` };
  return { value: text.toUpperCase() };
}

/**
 * route_type: the basic types 0–7, 11, 12 of the reference and the extended (Google "Hierarchical
 * Vehicle Type") codes 100–1799 that many European feeds use.
 */
export function parseRouteType(text: string): Parsed<number> {
  const n = /^\d+$/.test(text) ? Number(text) : NaN;
  if ((n >= 0 && n <= 7) || n === 11 || n === 12 || (n >= 100 && n <= 1799)) return { value: n };
  return { problem: `"${text}" is not a route type (0–7, 11, 12 or an extended type 100–1799)` };
}
