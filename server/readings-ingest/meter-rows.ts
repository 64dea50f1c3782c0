// Validation of meter-reading rows against the meter register (pure: the caller loads the meters).
import { EARLIEST_READING, FUTURE_SKEW_MS, type RowError } from './ingest-types.ts';
import { isRecord, parseAmount, parseId, parseTimestamp, unknownFields } from './row-fields.ts';

export interface MeterInfo {
  id: number;
  code: string;
  unit: 'kWh' | 'm3';
  intervalMinutes: number;
  cumulative: boolean;
}

/** A row that passed the per-row checks; cumulative counters are checked for order afterwards. */
export interface MeterCandidate {
  /** 1-based index in the batch. */
  row: number;
  meter: MeterInfo;
  ts: Date;
  /** Interval amount of a non-cumulative meter; null for a cumulative one (derived from counters). */
  value: number | null;
  /** Register value of a cumulative meter; null otherwise. */
  counter: number | null;
}

export const METER_FIELDS = ['meter', 'ts', 'value', 'counter', 'unit'] as const;

/**
 * Checks each row on its own (shape, meter, unit, timestamp alignment and range, value or counter)
 * and drops later duplicates of a meter + timestamp within the batch (the first occurrence counts).
 */
export function validateMeterRows(
  rows: readonly unknown[],
  meters: ReadonlyMap<string, MeterInfo>,
  now: Date,
): { candidates: MeterCandidate[]; errors: RowError[] } {
  const candidates: MeterCandidate[] = [];
  const errors: RowError[] = [];
  const seen = new Map<string, number>();
  rows.forEach((raw, i) => {
    const row = i + 1;
    const err = (field: string, message: string) => errors.push({ row, field, message });
    if (!isRecord(raw)) return err('row', 'must be an object with meter, ts and value or counter');
    const before = errors.length;
    for (const f of unknownFields(raw, METER_FIELDS)) err(f, 'is not a field of a meter reading');

    const code = parseId(raw.meter);
    const meter = code.ok ? meters.get(code.value) : undefined;
    if (!code.ok) err('meter', `meter ${code.message}`);
    else if (!meter) err('meter', `unknown meter ${JSON.stringify(code.value)}`);

    const ts = parseTimestamp(raw.ts);
    if (!ts.ok) err('ts', ts.message);
    else if (ts.value < EARLIEST_READING) err('ts', `is before ${EARLIEST_READING.toISOString()}`);
    else if (ts.value.getTime() > now.getTime() + FUTURE_SKEW_MS)
      err('ts', `is in the future (now is ${now.toISOString()})`);
    else if (meter && ts.value.getTime() % (meter.intervalMinutes * 60_000) !== 0)
      err('ts', `must be aligned to the meter's ${meter.intervalMinutes}-minute interval`);

    const value = parseAmount(raw.value);
    const counter = parseAmount(raw.counter);
    if (!value.ok) err('value', `value ${value.message}`);
    if (!counter.ok) err('counter', `counter ${counter.message}`);
    if (meter && raw.unit !== undefined && raw.unit !== null && raw.unit !== '' && raw.unit !== meter.unit)
      err('unit', `meter ${meter.code} measures in ${meter.unit}, not ${JSON.stringify(raw.unit)}`);
    if (meter && value.ok && counter.ok) {
      if (meter.cumulative) {
        if (counter.value === undefined) err('counter', `meter ${meter.code} is cumulative: send counter`);
        if (value.value !== undefined)
          err(
            'value',
            `meter ${meter.code} is cumulative: value is derived from counters, send counter only`,
          );
      } else {
        if (value.value === undefined) err('value', 'is required');
        if (counter.value !== undefined) err('counter', `meter ${meter.code} is not cumulative: send value`);
      }
    }
    if (errors.length > before || !meter || !ts.ok || !value.ok || !counter.ok) return;

    const key = `${meter.id}|${ts.value.getTime()}`;
    const first = seen.get(key);
    if (first !== undefined) return err('ts', `duplicates row ${first} (same meter and timestamp)`);
    seen.set(key, row);
    candidates.push({
      row,
      meter,
      ts: ts.value,
      value: meter.cumulative ? null : (value.value ?? null),
      counter: meter.cumulative ? (counter.value ?? null) : null,
    });
  });
  return { candidates, errors };
}
