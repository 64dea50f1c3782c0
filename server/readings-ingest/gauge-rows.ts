// Validation of gauge-reading rows against the gauge list (pure: the caller loads the gauge ids).
import { EARLIEST_READING, FUTURE_SKEW_MS, type RowError } from './ingest-types.ts';
import { isRecord, parseAmount, parseId, parseTimestamp, unknownFields } from './row-fields.ts';

export interface GaugeCandidate {
  /** 1-based index in the batch. */
  row: number;
  gauge: string;
  ts: Date;
  levelCm: number | null;
  dischargeM3s: number | null;
  precipitationMm: number | null;
}

export const GAUGE_FIELDS = ['gauge', 'ts', 'level_cm', 'discharge_m3s', 'precipitation_mm'] as const;
const MEASURES = ['level_cm', 'discharge_m3s', 'precipitation_mm'] as const;

/**
 * Checks each row on its own: a known gauge, a whole-minute timestamp that is neither before 2000
 * nor in the future, at least one measurement, each non-negative; later duplicates of a gauge +
 * timestamp within the batch are refused (the first occurrence counts).
 */
export function validateGaugeRows(
  rows: readonly unknown[],
  gauges: ReadonlySet<string>,
  now: Date,
): { candidates: GaugeCandidate[]; errors: RowError[] } {
  const candidates: GaugeCandidate[] = [];
  const errors: RowError[] = [];
  const seen = new Map<string, number>();
  rows.forEach((raw, i) => {
    const row = i + 1;
    const err = (field: string, message: string) => errors.push({ row, field, message });
    if (!isRecord(raw)) return err('row', 'must be an object with gauge, ts and a measurement');
    const before = errors.length;
    for (const f of unknownFields(raw, GAUGE_FIELDS)) err(f, 'is not a field of a gauge reading');

    const gauge = parseId(raw.gauge);
    if (!gauge.ok) err('gauge', `gauge ${gauge.message}`);
    else if (!gauges.has(gauge.value)) err('gauge', `unknown gauge ${JSON.stringify(gauge.value)}`);

    const ts = parseTimestamp(raw.ts);
    if (!ts.ok) err('ts', ts.message);
    else if (ts.value < EARLIEST_READING) err('ts', `is before ${EARLIEST_READING.toISOString()}`);
    else if (ts.value.getTime() > now.getTime() + FUTURE_SKEW_MS)
      err('ts', `is in the future (now is ${now.toISOString()})`);
    else if (ts.value.getTime() % 60_000 !== 0) err('ts', 'must be a whole minute');

    const values: Partial<Record<(typeof MEASURES)[number], number>> = {};
    for (const f of MEASURES) {
      const v = parseAmount(raw[f]);
      if (!v.ok) err(f, `${f} ${v.message}`);
      else if (v.value !== undefined) values[f] = v.value;
    }
    if (errors.length === before && Object.keys(values).length === 0)
      err('level_cm', 'a reading needs at least one of level_cm, discharge_m3s, precipitation_mm');
    if (errors.length > before || !gauge.ok || !ts.ok) return;

    const key = `${gauge.value}|${ts.value.getTime()}`;
    const first = seen.get(key);
    if (first !== undefined) return err('ts', `duplicates row ${first} (same gauge and timestamp)`);
    seen.set(key, row);
    candidates.push({
      row,
      gauge: gauge.value,
      ts: ts.value,
      levelCm: values.level_cm ?? null,
      dischargeM3s: values.discharge_m3s ?? null,
      precipitationMm: values.precipitation_mm ?? null,
    });
  });
  return { candidates, errors };
}
