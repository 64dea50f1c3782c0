// Flood stage, trend and staleness of one gauge at a clock time, from its readings and its own ČHMÚ
// thresholds. Pure: the status query hands in the rows, the API and the alerts use the answer.

export type Measure = 'H' | 'Q';
export type Stage = 'none' | 'SPA1' | 'SPA2' | 'SPA3' | 'drought' | 'unknown';
export type Trend = 'rising' | 'falling' | 'steady';

/** Thresholds in the unit of the gauge's measure (cm for H, m³/s for Q); null where ČHMÚ publishes none. */
export interface Thresholds {
  spa1: number | null;
  spa2: number | null;
  spa3: number | null;
  dry: number | null;
}

/** The threshold columns of flood.gauges. */
export interface GaugeThresholdColumns {
  spa_type: string | null;
  dry_h: number | null;
  spa1_h: number | null;
  spa2_h: number | null;
  spa3_h: number | null;
  dry_q: number | null;
  spa1_q: number | null;
  spa2_q: number | null;
  spa3_q: number | null;
}

export interface GaugeReading {
  /** Epoch milliseconds. */
  ts: number;
  level_cm: number | null;
  discharge_m3s: number | null;
  precipitation_mm: number | null;
}

export const STAGE_DEFAULTS = {
  /** A gauge whose last reading is more than this before the clock is flagged stale (readings are hourly). */
  staleAfterHours: 3,
  /** A null value is bridged by the last non-null one at most this much older than the last reading. */
  nullBridgeHours: 3,
  /** Trend compares the value with the one this many hours before it. */
  trendHours: 3,
  /** Below this change over trendHours the trend is steady: cm for H gauges … */
  trendToleranceCm: 2,
  /** … and this share of the earlier discharge for Q gauges (at least 0.01 m³/s). */
  trendToleranceShare: 0.02,
} as const;

export type StageOptions = typeof STAGE_DEFAULTS;

const HOUR = 3_600_000;

/**
 * The measure stages are judged on: the gauge's SPA type; the 9 stations that publish none are level
 * stations (their only data is H), so they are read as H.
 */
export function gaugeMeasure(spaType: string | null): Measure {
  return spaType === 'Q' ? 'Q' : 'H';
}

export function thresholdsOf(g: GaugeThresholdColumns, measure: Measure): Thresholds {
  return measure === 'H'
    ? { spa1: g.spa1_h, spa2: g.spa2_h, spa3: g.spa3_h, dry: g.dry_h }
    : { spa1: g.spa1_q, spa2: g.spa2_q, spa3: g.spa3_q, dry: g.dry_q };
}

export const measureValue = (r: GaugeReading, measure: Measure): number | null =>
  measure === 'H' ? r.level_cm : r.discharge_m3s;

/**
 * The stage of one value. A threshold is reached AT its value (≥ for SPA, ≤ for drought). A missing
 * threshold is skipped (SPA2 without SPA1 still counts); with no threshold at all the gauge cannot be
 * judged: 'unknown', as for a missing value. 'none' means: judged, and no published threshold reached.
 * @example stageOf(125, { spa1: 85, spa2: 125, spa3: 160, dry: 24 }) // 'SPA2'
 */
export function stageOf(value: number | null, t: Thresholds): Stage {
  if (value === null || !Number.isFinite(value)) return 'unknown';
  if (t.spa3 !== null && value >= t.spa3) return 'SPA3';
  if (t.spa2 !== null && value >= t.spa2) return 'SPA2';
  if (t.spa1 !== null && value >= t.spa1) return 'SPA1';
  if (t.dry !== null && value <= t.dry) return 'drought';
  if (t.spa1 === null && t.spa2 === null && t.spa3 === null && t.dry === null) return 'unknown';
  return 'none';
}

export interface GaugeStatus {
  stage: Stage;
  value: number | null;
  /** When the judged value was measured (may be earlier than lastReadingAt when the last one was null). */
  valueAt: number | null;
  trend: Trend | null;
  stale: boolean;
  lastReadingAt: number | null;
  level_cm: number | null;
  discharge_m3s: number | null;
  precipitation_1h_mm: number | null;
  precipitation_24h_mm: number | null;
}

/** The last reading at or before `at` with a non-null measure value, looked for back to `notBefore`. */
function lastValue(readings: readonly GaugeReading[], measure: Measure, at: number, notBefore: number) {
  for (let i = readings.length - 1; i >= 0; i--) {
    const r = readings[i]!;
    if (r.ts > at) continue;
    if (r.ts < notBefore) break;
    const v = measureValue(r, measure);
    if (v !== null && Number.isFinite(v)) return { ts: r.ts, value: v };
  }
  return null;
}

/**
 * Trend: the value against the one `trendHours` earlier (the last non-null at or before then, no more
 * than another `trendHours` older). A change within the tolerance is steady; no earlier value → null.
 */
export function trendOf(
  readings: readonly GaugeReading[],
  measure: Measure,
  current: { ts: number; value: number },
  o: StageOptions = STAGE_DEFAULTS,
): Trend | null {
  const back = current.ts - o.trendHours * HOUR;
  const earlier = lastValue(readings, measure, back, back - o.trendHours * HOUR);
  if (!earlier) return null;
  const tolerance =
    measure === 'H' ? o.trendToleranceCm : Math.max(0.01, Math.abs(earlier.value) * o.trendToleranceShare);
  const delta = current.value - earlier.value;
  return delta > tolerance ? 'rising' : delta < -tolerance ? 'falling' : 'steady';
}

/**
 * Status of one gauge at `clock` from its readings (ascending by ts; later ones are ignored). The
 * stale gauge keeps the stage of its last value, flagged stale, so the map still shows what was last known.
 */
export function gaugeStatus(
  readings: readonly GaugeReading[],
  measure: Measure,
  thresholds: Thresholds,
  clock: number,
  o: StageOptions = STAGE_DEFAULTS,
): GaugeStatus {
  let lastIndex = readings.length - 1;
  while (lastIndex >= 0 && readings[lastIndex]!.ts > clock) lastIndex--;
  const last = lastIndex >= 0 ? readings[lastIndex]! : null;
  if (!last) {
    return {
      stage: 'unknown',
      value: null,
      valueAt: null,
      trend: null,
      stale: true,
      lastReadingAt: null,
      level_cm: null,
      discharge_m3s: null,
      precipitation_1h_mm: null,
      precipitation_24h_mm: null,
    };
  }
  const current = lastValue(readings, measure, last.ts, last.ts - o.nullBridgeHours * HOUR);
  let rain24: number | null = null;
  for (let i = lastIndex; i >= 0 && readings[i]!.ts > clock - 24 * HOUR; i--) {
    const p = readings[i]!.precipitation_mm;
    if (p !== null) rain24 = (rain24 ?? 0) + p;
  }
  return {
    stage: stageOf(current?.value ?? null, thresholds),
    value: current?.value ?? null,
    valueAt: current?.ts ?? null,
    trend: current ? trendOf(readings, measure, current, o) : null,
    stale: clock - last.ts > o.staleAfterHours * HOUR,
    lastReadingAt: last.ts,
    level_cm: last.level_cm,
    discharge_m3s: last.discharge_m3s,
    precipitation_1h_mm: clock - last.ts < HOUR ? last.precipitation_mm : null,
    precipitation_24h_mm: rain24 === null ? null : Math.round(rain24 * 10) / 10,
  };
}

/** Severity order for sorting and for "at least SPA2" tests. */
export const STAGE_RANK: Record<Stage, number> = {
  unknown: -1,
  drought: 0,
  none: 0,
  SPA1: 1,
  SPA2: 2,
  SPA3: 3,
};
