import { dayAlert, runsOfDays, type DetectedAlert } from './alert-types.ts';
import type { DailySeries } from './daily-series.ts';
import { addDays } from './prague-time.ts';

/**
 * Meter gaps: local days with fewer readings than the meter's interval gives, and whole days without
 * any between the first and the last. The first and last day are skipped: a series starts and ends
 * mid-day (and the latest day is still being read).
 */
export function detectGaps(s: DailySeries): DetectedAlert[] {
  const flagged: string[] = [];
  const missingOn = new Map<string, number>();
  for (let i = 1; i < s.days.length - 1; i++) {
    const missing = s.expected[i]! - s.intervals[i]!;
    if (missing > 0) {
      flagged.push(s.days[i]!);
      missingOn.set(s.days[i]!, missing);
    }
    for (let d = addDays(s.days[i - 1]!, 1); d < s.days[i]!; d = addDays(d, 1)) {
      flagged.push(d);
      missingOn.set(d, s.expected[i]!);
    }
  }
  return runsOfDays(flagged, 0).map((run) => {
    const missing = [...missingOn].filter(([d]) => d >= run[0] && d <= run[1]).reduce((n, [, m]) => n + m, 0);
    const hours = (missing * 24) / Math.max(1, s.expected[0] ?? 24);
    return dayAlert(
      s,
      'meter_gap',
      run,
      hours >= 24 ? 'warning' : 'info',
      { missingIntervals: missing },
      false,
    );
  });
}
