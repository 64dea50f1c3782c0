// Flood-stage alerts as a state machine over one gauge's readings. Pure: alert-store.ts loads the state
// (the alerts still open) and writes what this returns.
import type { Thresholds } from './stages.ts';

export type AlertStage = 'SPA1' | 'SPA2' | 'SPA3' | 'drought';
export const ALERT_STAGES: readonly AlertStage[] = ['SPA1', 'SPA2', 'SPA3', 'drought'];

/**
 * Hysteresis: an alert closes only when the value is back beyond its threshold by this share of the
 * threshold's magnitude (at least `minimum`), so a level wobbling by a centimetre around SPA1 does
 * not open and close an alert every hour.
 */
export const HYSTERESIS = { share: 0.02, minimum: 0.01 } as const;

export interface Alert {
  /** Database id when the alert is already stored. */
  id?: number;
  stage: AlertStage;
  openedAt: number;
  closedAt: number | null;
  /** Highest value (lowest for drought) while open, and when. */
  peakValue: number;
  peakAt: number;
}

const thresholdOf = (t: Thresholds, s: AlertStage) =>
  s === 'SPA1' ? t.spa1 : s === 'SPA2' ? t.spa2 : s === 'SPA3' ? t.spa3 : t.dry;

const margin = (threshold: number) => Math.max(HYSTERESIS.minimum, Math.abs(threshold) * HYSTERESIS.share);

/** Reached as in stages.ts: at the threshold counts (≥ for SPA, ≤ for drought). */
const reached = (s: AlertStage, v: number, t: number) => (s === 'drought' ? v <= t : v >= t);
const cleared = (s: AlertStage, v: number, t: number) =>
  s === 'drought' ? v > t + margin(t) : v < t - margin(t);
const moreExtreme = (s: AlertStage, v: number, peak: number) => (s === 'drought' ? v < peak : v > peak);

/**
 * Runs the readings (ascending; null values skipped, they neither open nor close) from the given open
 * alerts. Each stage is its own alert: a rise to SPA3 opens SPA1, SPA2 and SPA3 alerts, a fall closes
 * them one by one. Returns every alert touched: the given ones (peak updated, maybe closed) and new ones.
 * @example runAlerts([], [{ ts: 0, value: 90 }, { ts: 1, value: 70 }], { spa1: 85, spa2: 125, spa3: 160, dry: 24 })
 * // → [{ stage: 'SPA1', openedAt: 0, closedAt: 1, peakValue: 90, peakAt: 0 }]
 */
export function runAlerts(
  open: readonly Alert[],
  points: readonly { ts: number; value: number | null }[],
  thresholds: Thresholds,
): Alert[] {
  const touched: Alert[] = open.map((a) => ({ ...a }));
  const current = new Map<AlertStage, Alert>(
    touched.filter((a) => a.closedAt === null).map((a) => [a.stage, a]),
  );
  for (const { ts, value } of points) {
    if (value === null || !Number.isFinite(value)) continue;
    for (const stage of ALERT_STAGES) {
      const t = thresholdOf(thresholds, stage);
      const alert = current.get(stage);
      if (alert) {
        if (t === null || cleared(stage, value, t)) {
          alert.closedAt = ts;
          current.delete(stage);
        } else if (moreExtreme(stage, value, alert.peakValue)) {
          alert.peakValue = value;
          alert.peakAt = ts;
        }
      } else if (t !== null && reached(stage, value, t)) {
        const opened: Alert = { stage, openedAt: ts, closedAt: null, peakValue: value, peakAt: ts };
        touched.push(opened);
        current.set(stage, opened);
      }
    }
  }
  return touched;
}
