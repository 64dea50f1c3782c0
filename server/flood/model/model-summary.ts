// What the generated series do against each gauge's thresholds: the figures data/README.md quotes and
// the model test checks (how many gauges reach each stage in the regional event, drought, outages).
import { runAlerts, type Alert } from '../alert-transitions.ts';
import { gaugeMeasure, thresholdsOf } from '../stages.ts';
import type { FloodModel, ModelGauge } from './hydrograph-model.ts';

export interface GaugeSummary {
  id: string;
  name: string;
  river: string;
  /** Highest SPA stage reached in the period, or null. */
  maxStage: 'SPA1' | 'SPA2' | 'SPA3' | null;
  peakLevelCm: number;
  peakAt: string;
  drought: boolean;
  lastReadingAt: string | null;
  alerts: Alert[];
}

export function summariseModel(model: FloodModel, gauges: readonly ModelGauge[]): GaugeSummary[] {
  const byGauge = new Map<string, FloodModel['rows']>();
  for (const r of model.rows) {
    const list = byGauge.get(r.gauge) ?? [];
    list.push(r);
    byGauge.set(r.gauge, list);
  }
  return gauges.map((g) => {
    const rows = byGauge.get(g.id) ?? [];
    const measure = gaugeMeasure(g.spa_type);
    const points = rows.map((r) => ({
      ts: Date.parse(r.ts),
      value: measure === 'H' ? r.level_cm : r.discharge_m3s,
    }));
    const alerts = runAlerts([], points, thresholdsOf(g, measure));
    const spa = alerts.filter((a) => a.stage !== 'drought').map((a) => a.stage);
    const peak = rows.reduce((m, r) => (r.level_cm > m.level_cm ? r : m), rows[0]!);
    return {
      id: g.id,
      name: g.name,
      river: g.river,
      maxStage: spa.includes('SPA3')
        ? 'SPA3'
        : spa.includes('SPA2')
          ? 'SPA2'
          : spa.includes('SPA1')
            ? 'SPA1'
            : null,
      peakLevelCm: peak?.level_cm ?? 0,
      peakAt: peak?.ts ?? '',
      drought: alerts.some((a) => a.stage === 'drought'),
      lastReadingAt: rows.at(-1)?.ts ?? null,
      alerts,
    };
  });
}
