import { complete, dayAlert, type DetectedAlert } from './alert-types.ts';
import type { DailySeries } from './daily-series.ts';
import { madSigma, median } from './robust-stats.ts';

export const STEP_CHANGE = {
  /** Valid nights in each of the two windows compared. */
  windowDays: 21,
  /** The base-load must rise by this share of its level before … */
  minRise: 0.12,
  /** … and by this many robust sigmas of the night-to-night noise. */
  sigmas: 5,
} as const;

/**
 * A sustained rise of the electricity base-load (night minimum, 01–05 local): the two-window median
 * test — at each night, the median of the next `windowDays` nights against the median of the
 * previous ones — keeps the largest rise when it is both relatively and statistically large.
 */
export function detectStepChange(s: DailySeries): DetectedAlert[] {
  if (s.kind !== 'electricity') return [];
  const idx: number[] = [];
  s.days.forEach((_, i) => {
    if (complete(s, i) && s.nightMin[i] !== null) idx.push(i);
  });
  const x = idx.map((i) => s.nightMin[i]!);
  const w = STEP_CHANGE.windowDays;
  if (x.length < 2 * w) return [];
  // Night-to-night noise: differences of neighbours, robust to the one step itself.
  const noise = madSigma(x.slice(1).map((v, i) => v - x[i]!)) / Math.SQRT2;
  let best = { k: -1, rise: 0, before: 0, after: 0 };
  for (let k = w; k <= x.length - w; k++) {
    const before = median(x.slice(k - w, k));
    const after = median(x.slice(k, k + w));
    if (after - before > best.rise) best = { k, rise: after - before, before, after };
  }
  if (best.k < 0 || best.rise < STEP_CHANGE.minRise * best.before || best.rise < STEP_CHANGE.sigmas * noise)
    return [];
  // The rise happened after the last normal night (day k−1, 01–05) and before the first high one.
  const first = s.days[idx[best.k - 1]!]!;
  const last = s.days[s.days.length - 1]!;
  // The night minimum is the amount of one hour: kWh per hour, i.e. mean kW.
  return [
    dayAlert(
      s,
      'step_change',
      [first, last],
      'warning',
      { beforeKw: round(best.before), afterKw: round(best.after), riseKw: round(best.rise) },
      true,
    ),
  ];
}

const round = (x: number) => Math.round(x * 100) / 100;
