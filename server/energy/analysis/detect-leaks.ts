import { complete, dayAlert, runsOfDays, type DetectedAlert } from './alert-types.ts';
import type { DailySeries } from './daily-series.ts';
import type { DayContext } from './detect-holiday-heating.ts';
import { madSigma, median } from './robust-stats.ts';

/** Detection parameters (m³/h are per hour of night flow). */
export const LEAK = {
  /** Flagged when the night minimum exceeds the meter's median by this many robust sigmas … */
  sigmas: 4,
  /** … and by at least this much (a dripping tap is not a leak alert). */
  minExcessM3h: 0.03,
  /** Unflagged days a leak may skip (a low night by chance). */
  maxHoleDays: 3,
  /** A leak runs day and night: shorter runs are chance. */
  minDays: 4,
  /** Extra flow above which the leak is critical. */
  criticalM3h: 0.1,
  /** Night minimum noisier than this (m³/h, robust sigma): the building is used at night; use totals. */
  noisyNightM3h: 0.1,
  /** Daily-total test: reference value subtracted per day (in sigmas) before the max-sum segment … */
  totalDrift: 0.5,
  /** … whose sum over √length must exceed this. */
  totalScore: 4.5,
  totalMinDays: 7,
} as const;

/**
 * Water leaks: the lowest night-hour flow (01–05 local) raised above the meter's usual night minimum
 * for days on end. The usual level is the median over the whole series, which a leak of a few weeks
 * does not move. Where the building uses water at night (hospitals, care homes) the night minimum is
 * too noisy, and a leak is looked for in the daily totals instead (`detectLeaksInTotals`).
 */
export function detectLeaks(s: DailySeries, ctx: DayContext): DetectedAlert[] {
  const valid = s.days.map((_, i) =>
    complete(s, i) && s.nightMin[i] !== null ? s.nightMin[i]! : Number.NaN,
  );
  const level = median(valid);
  const sigma = madSigma(valid);
  if (!Number.isFinite(level)) return [];
  if (sigma > LEAK.noisyNightM3h) return detectLeaksInTotals(s, ctx);
  const threshold = level + Math.max(LEAK.sigmas * sigma, LEAK.minExcessM3h);
  const flagged = s.days.filter((_, i) => valid[i]! > threshold);
  return runsOfDays(flagged, LEAK.maxHoleDays)
    .map((run) => {
      const inRun = valid.filter(
        (v, i) => s.days[i]! >= run[0] && s.days[i]! <= run[1] && Number.isFinite(v),
      );
      const excess = median(inRun) - level;
      return { run, excess, days: inRun.length };
    })
    .filter((r) => r.days >= LEAK.minDays)
    .map(({ run, excess }) =>
      dayAlert(
        s,
        'leak',
        run,
        excess >= LEAK.criticalM3h ? 'critical' : 'warning',
        { excessM3h: round(excess), usualNightM3h: round(level) },
        true,
      ),
    );
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * A leak as a lasting rise of the daily total: totals standardised against the median and robust
 * sigma of their day type (working or not), then the segment with the largest sum of (z − drift)
 * — a one-sided CUSUM — is kept when its z-sum over √length is large; repeated on the rest.
 */
function detectLeaksInTotals(s: DailySeries, ctx: DayContext): DetectedAlert[] {
  const idx = s.days.map((_, i) => i).filter((i) => complete(s, i));
  const working = (i: number) => ctx.isWorkingDay(s.days[i]!);
  const stats = [true, false].map((w) => {
    const xs = idx.filter((i) => working(i) === w).map((i) => s.total[i]!);
    return { level: median(xs), sigma: madSigma(xs) };
  });
  const z = idx.map((i) => {
    const { level, sigma } = stats[working(i) ? 0 : 1]!;
    return sigma > 0 ? (s.total[i]! - level) / sigma : 0;
  });
  const alerts: DetectedAlert[] = [];
  const used = new Array<boolean>(z.length).fill(false);
  for (let pass = 0; pass < 3; pass++) {
    let best = { from: -1, to: -1, sum: 0 };
    let sum = 0;
    let from = 0;
    for (let k = 0; k < z.length; k++) {
      if (used[k] || sum <= 0) [sum, from] = [0, k];
      if (used[k]) continue;
      sum += z[k]! - LEAK.totalDrift;
      if (sum > best.sum) best = { from, to: k, sum };
    }
    if (best.from < 0) break;
    const len = best.to - best.from + 1;
    const zs = z.slice(best.from, best.to + 1).reduce((a, b) => a + b, 0);
    if (len < LEAK.totalMinDays || zs / Math.sqrt(len) < LEAK.totalScore) break;
    for (let k = best.from; k <= best.to; k++) used[k] = true;
    const excess =
      median(
        idx.slice(best.from, best.to + 1).map((i, j) => z[best.from + j]! * stats[working(i) ? 0 : 1]!.sigma),
      ) / 24;
    alerts.push(
      dayAlert(
        s,
        'leak',
        [s.days[idx[best.from]!]!, s.days[idx[best.to]!]!],
        excess >= LEAK.criticalM3h ? 'critical' : 'warning',
        { excessM3h: round(excess), score: round(zs / Math.sqrt(len)), test: 'daily total' },
        true,
      ),
    );
  }
  return alerts;
}
