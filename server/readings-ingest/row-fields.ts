// Field readers shared by the meter and gauge rows. A row comes from JSON (numbers, strings, null) or
// from CSV (every cell a string, empty = absent), so readers accept both and say what was wrong.

/** A parsed field or the message explaining why it is unusable. */
export type Field<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Field<T> => ({ ok: true, value });
const fail = <T>(message: string): Field<T> => ({ ok: false, message });

// Offset required: a timestamp without one means different instants to different senders.
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|([+-])(\d{2}):?(\d{2}))$/;

/** Parses an ISO-8601 timestamp with a UTC offset; refuses impossible dates such as 2025-02-30. */
export function parseTimestamp(raw: unknown): Field<Date> {
  if (typeof raw !== 'string') return fail('must be an ISO-8601 timestamp string');
  const m = ISO.exec(raw.trim());
  if (!m) return fail('must be an ISO-8601 timestamp with a UTC offset, e.g. 2025-03-01T10:15:00Z');
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6]].map((x) => Number(x ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const ms = Number(((m[7] ?? '') + '000').slice(0, 3));
  const local = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  const check = new Date(local);
  if (
    check.getUTCFullYear() !== y ||
    check.getUTCMonth() !== mo - 1 ||
    check.getUTCDate() !== d ||
    h > 23 ||
    mi > 59 ||
    s > 59
  )
    return fail(`${raw} is not a valid date and time`);
  const sign = m[9] === '-' ? -1 : 1;
  const offsetMinutes = m[8] === 'Z' ? 0 : sign * (Number(m[10]) * 60 + Number(m[11]));
  return ok(new Date(local - offsetMinutes * 60_000));
}

const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * A non-negative finite number, or undefined when the field is absent (undefined, null or an empty CSV
 * cell). Readings are amounts, levels and register values: none of them is negative.
 */
export function parseAmount(raw: unknown): Field<number | undefined> {
  if (raw === undefined || raw === null || raw === '') return ok(undefined);
  let n: number;
  if (typeof raw === 'number') n = raw;
  else if (typeof raw === 'string' && NUMERIC.test(raw.trim())) n = Number(raw.trim());
  else return fail('must be a number');
  if (!Number.isFinite(n)) return fail('must be a finite number');
  if (n < 0) return fail('must not be negative');
  return ok(n);
}

/** A non-empty identifier string (meter code, gauge id). */
export function parseId(raw: unknown): Field<string> {
  if (typeof raw === 'number' && Number.isInteger(raw)) return ok(String(raw));
  if (typeof raw !== 'string' || raw.trim() === '') return fail('is required');
  return ok(raw.trim());
}

/** Rows must be plain objects; anything else is reported once for the whole row. */
export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** The fields of a row that are not among `known`, so a typo (`vaule`) is reported instead of ignored. */
export function unknownFields(row: Record<string, unknown>, known: readonly string[]): string[] {
  return Object.keys(row).filter((k) => !known.includes(k));
}
