// The read side of the flood API besides status and exposure: a gauge's series, the replay timeline
// and the alert history.
import type { Queryable } from '../db/db.ts';
import { FLOOD_SQL } from './flood-sql.ts';
import { FLOOD_MODEL } from './model/model-params.ts';
import { gaugeMeasure, thresholdsOf, type GaugeThresholdColumns } from './stages.ts';

type Ts = Date | string;
const iso = (t: Ts | null) => (t === null ? null : new Date(t).toISOString());

interface GaugeRow extends GaugeThresholdColumns {
  id: string;
  name: string;
  river: string;
  catchment_km2: number | null;
  spa4_h: number | null;
  spa4_q: number | null;
}

export async function gaugeById(db: Queryable, id: string): Promise<GaugeRow | null> {
  const [g] = await db.query<GaugeRow>(FLOOD_SQL.gaugeById, [id]);
  return g ?? null;
}

export interface ReadingsRange {
  first: Date;
  last: Date;
}

export async function readingsRange(db: Queryable): Promise<ReadingsRange | null> {
  const [r] = await db.query<{ first_ts: Ts | null; last_ts: Ts | null }>(FLOOD_SQL.readingsRange);
  return r?.first_ts && r.last_ts ? { first: new Date(r.first_ts), last: new Date(r.last_ts) } : null;
}

/** A gauge's readings as columns, with its thresholds in both units for the chart's SPA lines. */
export async function gaugeSeries(db: Queryable, g: GaugeRow, from: Date, to: Date) {
  const rows = await db.query<{
    ts: Ts;
    level_cm: number | null;
    discharge_m3s: number | null;
    precipitation_mm: number | null;
  }>(FLOOD_SQL.gaugeSeries, [g.id, from.toISOString(), to.toISOString()]);
  const measure = gaugeMeasure(g.spa_type);
  return {
    gauge: { id: g.id, name: g.name, river: g.river, catchment_km2: g.catchment_km2, measure },
    modelled: true,
    from: from.toISOString(),
    to: to.toISOString(),
    timestamps: rows.map((r) => iso(r.ts)),
    level_cm: rows.map((r) => r.level_cm),
    discharge_m3s: rows.map((r) => r.discharge_m3s),
    precipitation_mm: rows.map((r) => r.precipitation_mm),
    units: { level_cm: 'cm', discharge_m3s: 'm3/s', precipitation_mm: 'mm/h' },
    /** Thresholds of the measure stages are judged on, then both units with SPA4 for reference. */
    thresholds: thresholdsOf(g, measure),
    thresholds_h: { dry: g.dry_h, spa1: g.spa1_h, spa2: g.spa2_h, spa3: g.spa3_h, spa4: g.spa4_h },
    thresholds_q: { dry: g.dry_q, spa1: g.spa1_q, spa2: g.spa2_q, spa3: g.spa3_q, spa4: g.spa4_q },
  };
}

/** The replay slider's range and step, and the peak of the regional event (most gauges at SPA1+). */
export async function floodTimeline(db: Queryable) {
  const range = await readingsRange(db);
  const [peak] = await db.query<{ peak_at: Ts; spa1: number; spa3: number }>(FLOOD_SQL.peakHour);
  return {
    modelled: true,
    from: range ? range.first.toISOString() : null,
    to: range ? range.last.toISOString() : null,
    step: `PT${FLOOD_MODEL.stepMinutes}M`,
    stepMinutes: FLOOD_MODEL.stepMinutes,
    peakAt: peak ? iso(peak.peak_at) : null,
    peak: peak ? { gaugesAtSpa1: peak.spa1, gaugesAtSpa3: peak.spa3 } : null,
  };
}

export type AlertStatus = 'open' | 'closed' | 'all';

export async function listAlerts(db: Queryable, status: AlertStatus, gauge: string | null, limit: number) {
  const rows = await db.query<{
    id: number;
    gauge_id: string;
    name: string;
    river: string;
    stage: string;
    measure: string;
    opened_at: Ts;
    closed_at: Ts | null;
    peak_value: number | null;
    peak_at: Ts | null;
  }>(FLOOD_SQL.listAlerts, [status, gauge, limit]);
  return {
    status,
    gauge,
    modelled: true,
    alerts: rows.map((r) => ({
      id: r.id,
      gauge: r.gauge_id,
      name: r.name,
      river: r.river,
      stage: r.stage,
      measure: r.measure,
      openedAt: iso(r.opened_at),
      closedAt: iso(r.closed_at),
      peakValue: r.peak_value,
      peakAt: iso(r.peak_at),
    })),
  };
}
