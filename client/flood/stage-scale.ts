import type { FloodStatus, GaugeStatus, Stage } from './flood-api.ts';

/**
 * Stage colours, after the usual Czech flood-portal convention: yellow, orange and red for the three
 * flood-activity stages (SPA), brown for drought, green for normal flow; grey where the stage is
 * unknown or the gauge has stopped reporting (then drawn with a dark ring as well).
 */
export const STAGE_COLORS: Record<Stage, string> = {
  SPA3: '#e31a1c',
  SPA2: '#ff8c00',
  SPA1: '#ffd700',
  drought: '#8c510a',
  none: '#31a354',
  unknown: '#9e9e9e',
};
export const STALE_COLOR = STAGE_COLORS.unknown;
export const STALE_RING = '#303030';

/** What the map draws for a gauge: its stage colour, or grey when its data are stale. */
export function shownStage(gauge: Pick<GaugeStatus, 'stage' | 'stale'>): Stage {
  return gauge.stale ? 'unknown' : gauge.stage;
}

const FLOOD_RANK: Partial<Record<Stage, number>> = { SPA1: 1, SPA2: 2, SPA3: 3 };

/** The threshold a stage starts at, for gauges at SPA1–3. */
export function stageThreshold(gauge: GaugeStatus): number | null {
  const t = gauge.thresholds;
  switch (gauge.stage) {
    case 'SPA1':
      return t.spa1;
    case 'SPA2':
      return t.spa2;
    case 'SPA3':
      return t.spa3;
    case 'drought':
      return t.dry;
    default:
      return null;
  }
}

/**
 * How far a flooding gauge is into its stage, as one number for sorting: the stage (1–3) plus the
 * share of the way to the next threshold (past SPA3, the share of the SPA2–SPA3 step). Levels in cm
 * and discharges in m³/s become comparable this way; a plain ratio to the threshold would rank a
 * small brook's few centimetres above a river's metre.
 */
export function severity(gauge: GaugeStatus): number {
  const rank = FLOOD_RANK[gauge.stage] ?? 0;
  const { spa1, spa2, spa3 } = gauge.thresholds;
  const value = gauge.value;
  if (rank === 0 || value === null) return rank;
  const [low, high] =
    rank === 1
      ? [spa1, spa2]
      : rank === 2
        ? [spa2, spa3]
        : [spa3, spa3 !== null && spa2 !== null ? 2 * spa3 - spa2 : null];
  if (low === null || high === null || high <= low) return rank;
  return rank + Math.max(0, (value - low) / (high - low));
}

/** Gauges at SPA1 or above, the most severe first (SPA3 before SPA2, then the furthest into the stage). */
export function floodingGauges(status: FloodStatus): GaugeStatus[] {
  return status.gauges
    .filter((gauge) => FLOOD_RANK[gauge.stage] !== undefined)
    .map((gauge) => ({ gauge, key: severity(gauge) }))
    .sort((a, b) => b.key - a.key || a.gauge.name.localeCompare(b.gauge.name, 'cs'))
    .map(({ gauge }) => gauge);
}

/** How many gauges are at each stage (stale ones counted as such, whatever their last stage). */
export function stageCounts(status: FloodStatus): Record<Stage | 'stale', number> {
  const counts = { SPA3: 0, SPA2: 0, SPA1: 0, drought: 0, none: 0, unknown: 0, stale: 0 };
  for (const gauge of status.gauges) {
    counts[gauge.stage] += 1;
    if (gauge.stale) counts.stale += 1;
  }
  return counts;
}
