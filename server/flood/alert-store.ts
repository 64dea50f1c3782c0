// Keeps flood.alerts in step with the readings: after each committed gauge batch, the alerts of the
// gauges it touched are recomputed from the batch's first timestamp on. Appending readings (the normal
// case) only continues the alerts open at that time; a late or corrected reading rewinds to it.
import type { Db } from '../db/db.ts';
import { onGaugeReadings, type IngestSummary } from '../readings-ingest/index.ts';
import { runAlerts, type Alert, type AlertStage } from './alert-transitions.ts';
import { FLOOD_SQL } from './flood-sql.ts';
import { gaugeMeasure, thresholdsOf, type GaugeThresholdColumns, type Measure } from './stages.ts';

type Ts = Date | string;
const ms = (t: Ts) => new Date(t).getTime();
const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());

export interface AlertUpdate {
  opened: number;
  closed: number;
}

/** Recomputes the alerts of `summary.ids` from `summary.from` on, in one transaction. */
export async function updateAlerts(db: Db, summary: IngestSummary): Promise<AlertUpdate> {
  const ids = [...new Set(summary.ids)];
  if (ids.length === 0) return { opened: 0, closed: 0 };
  const from = summary.from.toISOString();
  return db.transaction(async (tx) => {
    const gauges = await tx.query<GaugeThresholdColumns & { id: string }>(FLOOD_SQL.selectGaugeThresholds, [
      ids,
    ]);
    await tx.query(FLOOD_SQL.rewindAlerts, [ids, from]);
    const open = await tx.query<{
      id: number;
      gauge_id: string;
      stage: AlertStage;
      opened_at: Ts;
      peak_value: number;
      peak_at: Ts;
    }>(FLOOD_SQL.alertsOpenAt, [ids, from]);
    const readings = await tx.query<{
      gauge_id: string;
      ts: Ts;
      level_cm: number | null;
      discharge_m3s: number | null;
    }>(FLOOD_SQL.readingsSince, [ids, from]);
    const byGauge = new Map<string, typeof readings>();
    for (const r of readings) {
      const list = byGauge.get(r.gauge_id) ?? [];
      list.push(r);
      byGauge.set(r.gauge_id, list);
    }
    const updates: Alert[] = [];
    const inserts: (Alert & { gauge: string; measure: Measure })[] = [];
    for (const g of gauges) {
      const measure = gaugeMeasure(g.spa_type);
      const state: Alert[] = open
        .filter((a) => a.gauge_id === g.id)
        .map((a) => ({
          id: a.id,
          stage: a.stage,
          openedAt: ms(a.opened_at),
          closedAt: null,
          peakValue: a.peak_value,
          peakAt: ms(a.peak_at),
        }));
      const points = (byGauge.get(g.id) ?? []).map((r) => ({
        ts: ms(r.ts),
        value: measure === 'H' ? r.level_cm : r.discharge_m3s,
      }));
      for (const a of runAlerts(state, points, thresholdsOf(g, measure))) {
        if (a.id === undefined) inserts.push({ ...a, gauge: g.id, measure });
        else updates.push(a);
      }
    }
    if (updates.length)
      await tx.query(FLOOD_SQL.updateAlerts, [
        updates.map((a) => a.id),
        updates.map((a) => iso(a.closedAt)),
        updates.map((a) => a.peakValue),
        updates.map((a) => iso(a.peakAt)),
      ]);
    if (inserts.length)
      await tx.query(FLOOD_SQL.insertAlerts, [
        inserts.map((a) => a.gauge),
        inserts.map((a) => a.stage),
        inserts.map((a) => a.measure),
        inserts.map((a) => iso(a.openedAt)),
        inserts.map((a) => iso(a.closedAt)),
        inserts.map((a) => a.peakValue),
        inserts.map((a) => iso(a.peakAt)),
      ]);
    return {
      opened: inserts.length,
      closed: [...updates, ...inserts].filter((a) => a.closedAt !== null).length,
    };
  });
}

const registered = new WeakSet<Db>();

/**
 * Registers the alert update on the database's gauge-ingest hook, once per database handle: the
 * startup loader and the HTTP routes both call this, and the alerts must not be computed twice.
 */
export function registerFloodAlerts(db: Db): void {
  if (registered.has(db)) return;
  registered.add(db);
  onGaugeReadings(db, async (summary) => {
    await updateAlerts(db, summary);
  });
}
