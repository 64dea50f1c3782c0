// Turns model series into COPY text rows (pure): `meter_id \t ts \t value \t counter`, `\N` for null.
import type { Meter } from './meters.ts';
import type { MeterSeries } from './series.ts';

const isoCache = new Map<Float64Array, string[]>();

/** ISO strings of an axis, made once per axis (the 15-min axis has 40,704 of them). */
function isoTimes(times: Float64Array): string[] {
  let iso = isoCache.get(times);
  if (!iso) {
    iso = Array.from(times, (t) => new Date(t).toISOString());
    isoCache.set(times, iso);
  }
  return iso;
}

const text = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? '\\N' : String(x));

/** The COPY lines of one meter for readings before `untilMs`; returns the text and its row count. */
export function copyRows(meter: Meter, series: MeterSeries, untilMs: number): { text: string; rows: number } {
  const iso = isoTimes(series.times);
  const lines: string[] = [];
  const present = series.counter ?? series.values;
  for (let i = 0; i < series.times.length && (series.times[i] ?? Infinity) < untilMs; i++) {
    if (Number.isNaN(present[i])) continue;
    lines.push(`${meter.id}\t${iso[i]}\t${text(series.values[i])}\t${text(series.counter?.[i])}\n`);
  }
  return { text: lines.join(''), rows: lines.length };
}
