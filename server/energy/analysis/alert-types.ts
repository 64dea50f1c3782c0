import type { DailySeries } from './daily-series.ts';
import { addDays, pragueMidnight } from './prague-time.ts';

export const DETECTED_KINDS = ['leak', 'holiday_heating', 'pv_outage', 'meter_gap', 'step_change'] as const;
export type DetectedKind = (typeof DETECTED_KINDS)[number];

/** A fault found in one meter's series: [startsAt, endsAt) in UTC ms; endsAt null = still going on. */
export interface DetectedAlert {
  kind: DetectedKind;
  meterId: number;
  meterCode: string;
  buildingId: number;
  startsAt: number;
  endsAt: number | null;
  severity: 'info' | 'warning' | 'critical';
  details: Record<string, number | string>;
}

/**
 * Groups flagged local dates into runs: dates at most `maxHole` unflagged days apart join one run.
 * Returns [first, last] date pairs in order.
 */
export function runsOfDays(flagged: readonly string[], maxHole: number): [string, string][] {
  const runs: [string, string][] = [];
  for (const day of [...flagged].sort()) {
    const last = runs[runs.length - 1];
    if (last && day <= addDays(last[1], maxHole + 1)) last[1] = day;
    else runs.push([day, day]);
  }
  return runs;
}

/** An alert over whole local days [first, last]; open when it reaches the series' last day. */
export function dayAlert(
  s: DailySeries,
  kind: DetectedKind,
  [first, last]: [string, string],
  severity: DetectedAlert['severity'],
  details: DetectedAlert['details'],
  openAtEnd: boolean,
): DetectedAlert {
  const open = openAtEnd && last === s.days[s.days.length - 1];
  return {
    kind,
    meterId: s.meterId,
    meterCode: s.meterCode,
    buildingId: s.buildingId,
    startsAt: pragueMidnight(first),
    endsAt: open ? null : pragueMidnight(addDays(last, 1)),
    severity,
    details,
  };
}

/** Whether day i of a series has every expected interval. */
export const complete = (s: DailySeries, i: number) => s.intervals[i]! >= s.expected[i]!;
