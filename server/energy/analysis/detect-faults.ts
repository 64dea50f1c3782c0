import type { DetectedAlert } from './alert-types.ts';
import type { DailySeries } from './daily-series.ts';
import { detectGaps } from './detect-gaps.ts';
import { detectHolidayHeating, type DayContext } from './detect-holiday-heating.ts';
import { detectLeaks } from './detect-leaks.ts';
import { detectPvOutages } from './detect-pv-outage.ts';
import { detectStepChange } from './detect-step-change.ts';

/** Every detector over every meter's daily series (pure). PV outages compare the systems with each other. */
export function detectFaults(series: readonly DailySeries[], ctx: DayContext): DetectedAlert[] {
  const alerts: DetectedAlert[] = [];
  for (const s of series) {
    alerts.push(...detectGaps(s));
    if (s.kind === 'water') alerts.push(...detectLeaks(s, ctx));
    alerts.push(...detectHolidayHeating(s, ctx));
    alerts.push(...detectStepChange(s));
  }
  alerts.push(...detectPvOutages(series));
  return alerts.sort((a, b) => a.meterId - b.meterId || a.startsAt - b.startsAt);
}
