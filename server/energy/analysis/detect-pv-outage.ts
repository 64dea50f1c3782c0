import { complete, dayAlert, runsOfDays, type DetectedAlert } from './alert-types.ts';
import type { DailySeries } from './daily-series.ts';
import { median } from './robust-stats.ts';

export const PV_OUTAGE = {
  /** Only days on which the region's PV systems yield at least this (kWh per kWp) are judged. */
  minFleetYield: 0.15,
  /** A system is out when it yields less than this share of the fleet's median that day. */
  maxShare: 0.1,
  /** Systems needed to say what "the others" produce. */
  minFleet: 3,
  /** Unjudged or normal days an outage may skip (a dark day in the middle). */
  maxHoleDays: 1,
  minDays: 2,
} as const;

/**
 * PV inverter outages: days a system yields next to nothing while the other systems in the region
 * (same weather) produce. Compares specific yield (kWh/kWp) with the fleet's median that day.
 */
export function detectPvOutages(all: readonly DailySeries[]): DetectedAlert[] {
  const pv = all.filter((s) => s.kind === 'pv' && (s.capacityKwp ?? 0) > 0);
  if (pv.length < PV_OUTAGE.minFleet) return [];
  const yieldOf = (s: DailySeries) =>
    new Map(s.days.map((d, i) => [d, complete(s, i) ? s.total[i]! / s.capacityKwp! : Number.NaN]));
  const yields = pv.map(yieldOf);
  const fleet = new Map<string, number>();
  for (const d of new Set(pv.flatMap((s) => s.days)))
    fleet.set(d, median(yields.map((y) => y.get(d) ?? Number.NaN)));
  const alerts: DetectedAlert[] = [];
  pv.forEach((s, k) => {
    const flagged = s.days.filter((d) => {
      const f = fleet.get(d) ?? 0;
      const y = yields[k]!.get(d) ?? Number.NaN;
      return f >= PV_OUTAGE.minFleetYield && y < PV_OUTAGE.maxShare * f;
    });
    for (const run of runsOfDays(flagged, PV_OUTAGE.maxHoleDays)) {
      const days = flagged.filter((d) => d >= run[0] && d <= run[1]).length;
      if (days < PV_OUTAGE.minDays) continue;
      alerts.push(dayAlert(s, 'pv_outage', run, 'warning', { daysOut: days }, true));
    }
  });
  return alerts;
}
