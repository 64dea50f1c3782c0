import type { Db } from '../../db/db.ts';
import type { DetectedAlert } from './alert-types.ts';
import type { MeterKind } from './columnar-series.ts';
import type { DailySeries } from './daily-series.ts';
import { detectFaults } from './detect-faults.ts';
import { ENERGY_SQL } from './energy-sql.ts';
import { modelDayContext } from './model-day-context.ts';

interface DayRow {
  meter_id: number;
  meter_code: string;
  building_id: number;
  building_type: string;
  kind: MeterKind;
  capacity_kwp: number | null;
  day: string;
  total: number;
  intervals: number;
  expected: number;
  night_min: number | null;
}

/** Groups energy.meter_days rows (ordered by meter, day) into one daily series per meter. */
export function seriesFromRows(rows: readonly DayRow[]): DailySeries[] {
  const out = new Map<number, DailySeries>();
  for (const r of rows) {
    let s = out.get(r.meter_id);
    if (!s) {
      s = {
        meterId: r.meter_id,
        meterCode: r.meter_code,
        buildingId: r.building_id,
        buildingType: r.building_type,
        kind: r.kind,
        capacityKwp: r.capacity_kwp === null ? null : Number(r.capacity_kwp),
        days: [],
        total: [],
        intervals: [],
        expected: [],
        nightMin: [],
      };
      out.set(r.meter_id, s);
    }
    s.days.push(r.day);
    s.total.push(Number(r.total));
    s.intervals.push(Number(r.intervals));
    s.expected.push(Number(r.expected));
    s.nightMin.push(r.night_min === null ? null : Number(r.night_min));
  }
  return [...out.values()];
}

/**
 * Runs fault detection over the daily aggregates of the given meters (all when omitted) and replaces
 * their alerts in energy.alerts in one transaction: alerts found again keep their id and detected_at,
 * alerts no longer found are removed. PV systems are always read all, as outages compare them.
 * Returns the alerts found for those meters.
 */
export async function runDetection(db: Db, meterIds?: readonly number[]): Promise<DetectedAlert[]> {
  let read: number[] | null = null;
  if (meterIds) {
    const pv = await db.query<{ id: number }>(ENERGY_SQL.pvMeterIds);
    read = [...new Set([...meterIds, ...pv.map((r) => r.id)])];
  }
  const rows = await db.query<DayRow>(ENERGY_SQL.detectionDays, [read]);
  const series = seriesFromRows(rows);
  const wanted = new Set(meterIds ?? series.map((s) => s.meterId));
  const alerts = detectFaults(series, modelDayContext()).filter((a) => wanted.has(a.meterId));
  const json = JSON.stringify(
    alerts.map((a) => ({
      building_id: a.buildingId,
      meter_id: a.meterId,
      kind: a.kind,
      severity: a.severity,
      starts_at: new Date(a.startsAt).toISOString(),
      ends_at: a.endsAt === null ? null : new Date(a.endsAt).toISOString(),
      details: a.details,
    })),
  );
  await db.transaction(async (tx) => {
    await tx.query(ENERGY_SQL.deleteStaleAlerts, [[...wanted], json]);
    await tx.query(ENERGY_SQL.upsertAlerts, [json]);
  });
  return alerts;
}
