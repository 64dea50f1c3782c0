// The flood situation at a clock time: every gauge's stage, value, trend, rain and staleness, for the
// map, the situation panel and the SSE channel. The clock defaults to the model's (latest reading).
import type { Queryable } from '../db/db.ts';
import { FLOOD_SQL } from './flood-sql.ts';
import {
  gaugeMeasure,
  gaugeStatus,
  thresholdsOf,
  type GaugeReading,
  type GaugeThresholdColumns,
  type Measure,
  type Stage,
  type Thresholds,
  type Trend,
} from './stages.ts';

export interface GaugeStatusEntry {
  id: string;
  name: string;
  river: string;
  lon: number;
  lat: number;
  stage: Stage;
  measure: Measure;
  /** The judged value (level cm for H, discharge m³/s for Q). */
  value: number | null;
  unit: 'cm' | 'm3/s';
  level_cm: number | null;
  discharge_m3s: number | null;
  precipitation_1h_mm: number | null;
  precipitation_24h_mm: number | null;
  trend: Trend | null;
  stale: boolean;
  lastReadingAt: string | null;
  thresholds: Thresholds;
}

export interface FloodStatus {
  /** The clock the status is computed at (null while there are no readings at all). */
  asOf: string | null;
  /** 'model': the default clock is the latest reading of the seeded model; 'at': a replay time. */
  clock: 'model' | 'at';
  modelled: true;
  source: string;
  counts: Record<Stage, number> & { stale: number };
  gauges: GaugeStatusEntry[];
}

export const STATUS_SOURCE =
  'seeded hydrograph model on the real ČHMÚ gauges and thresholds (data/README.md)';

type Ts = Date | string;
const ms = (t: Ts) => new Date(t).getTime();

/** The model's clock: the latest reading of any gauge, or null when there are none. */
export async function modelClock(db: Queryable): Promise<Date | null> {
  const [row] = await db.query<{ clock: Ts | null }>(FLOOD_SQL.modelClock);
  return row?.clock ? new Date(row.clock) : null;
}

/** Status of all gauges at `at` (default: the model's clock). */
export async function floodStatus(db: Queryable, at?: Date): Promise<FloodStatus> {
  const clock = at ?? (await modelClock(db));
  const counts = { none: 0, SPA1: 0, SPA2: 0, SPA3: 0, drought: 0, unknown: 0, stale: 0 };
  const base = {
    modelled: true as const,
    source: STATUS_SOURCE,
    clock: at ? ('at' as const) : ('model' as const),
  };
  const asOf = clock?.toISOString() ?? null;
  const gauges = await db.query<
    GaugeThresholdColumns & { id: string; name: string; river: string; lon: number; lat: number }
  >(FLOOD_SQL.statusGauges, [asOf ?? new Date(0).toISOString()]);
  const rows = clock
    ? await db.query<{
        gauge_id: string;
        ts: Ts;
        level_cm: number | null;
        discharge_m3s: number | null;
        precipitation_mm: number | null;
      }>(FLOOD_SQL.statusReadings, [asOf])
    : [];
  const byGauge = new Map<string, GaugeReading[]>();
  for (const r of rows) {
    const list = byGauge.get(r.gauge_id) ?? [];
    list.push({
      ts: ms(r.ts),
      level_cm: r.level_cm,
      discharge_m3s: r.discharge_m3s,
      precipitation_mm: r.precipitation_mm,
    });
    byGauge.set(r.gauge_id, list);
  }
  const entries = gauges.map((g): GaugeStatusEntry => {
    const measure = gaugeMeasure(g.spa_type);
    const thresholds = thresholdsOf(g, measure);
    const s = gaugeStatus(byGauge.get(g.id) ?? [], measure, thresholds, clock?.getTime() ?? 0);
    counts[s.stage]++;
    if (s.stale) counts.stale++;
    return {
      id: g.id,
      name: g.name,
      river: g.river,
      lon: g.lon,
      lat: g.lat,
      stage: s.stage,
      measure,
      value: s.value,
      unit: measure === 'H' ? 'cm' : 'm3/s',
      level_cm: s.level_cm,
      discharge_m3s: s.discharge_m3s,
      precipitation_1h_mm: s.precipitation_1h_mm,
      precipitation_24h_mm: s.precipitation_24h_mm,
      trend: s.trend,
      stale: s.stale,
      lastReadingAt: s.lastReadingAt === null ? null : new Date(s.lastReadingAt).toISOString(),
      thresholds,
    };
  });
  return { asOf, ...base, counts, gauges: entries };
}
