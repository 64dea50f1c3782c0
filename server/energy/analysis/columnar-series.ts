/** Meter kinds in the order series are listed. */
export const METER_KINDS = ['electricity', 'gas', 'heat', 'water', 'pv'] as const;
export type MeterKind = (typeof METER_KINDS)[number];

export interface ColumnarSeries {
  timestamps: string[];
  /** One array per kind the building has, aligned with `timestamps`; null where that kind has no value. */
  series: Partial<Record<MeterKind, (number | null)[]>>;
}

/**
 * Pivots (time, kind, amount) rows into the columnar shape the charts read: one sorted time axis and
 * an array per kind. Times sort as text (ISO dates and local hours do).
 *
 * @example toColumnar([{ t: '2025-01', kind: 'gas', amount: 3 }]) // { timestamps: ['2025-01'], series: { gas: [3] } }
 */
export function toColumnar(
  rows: readonly { t: string; kind: string; amount: number | null }[],
): ColumnarSeries {
  const timestamps = [...new Set(rows.map((r) => r.t))].sort();
  const index = new Map(timestamps.map((t, i) => [t, i]));
  const series: ColumnarSeries['series'] = {};
  for (const kind of METER_KINDS) {
    const of = rows.filter((r) => r.kind === kind);
    if (of.length === 0) continue;
    const values: (number | null)[] = timestamps.map(() => null);
    for (const r of of) values[index.get(r.t)!] = r.amount === null ? null : round(Number(r.amount));
    series[kind] = values;
  }
  return { timestamps, series };
}

/** Three decimals: Wh and litres, finer than any meter resolves. */
const round = (v: number) => Math.round(v * 1000) / 1000;
