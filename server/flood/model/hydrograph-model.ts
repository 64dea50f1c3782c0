// The seeded hourly hydrographs of the ČHMÚ gauges: rain → quick flow (antecedent-wetness runoff
// coefficient, Nash unit hydrograph) + baseflow (linear reservoir with recharge) → routed down each
// river with a lag → level through the gauge's rating curve. Pure: the loader writes the rows.
import { type GaugeThresholdColumns } from '../stages.ts';
import { FLOOD_MODEL, type FloodModelParams, type RainEvent } from './model-params.ts';
import { mulberry32 } from '../../model/random.ts';
import { distanceKm, rainAtPoints, rainEvents } from './rain-field.ts';
import { fitRatingCurve, genericRatingCurve, levelAt, type RatingCurve } from './rating-curve.ts';
import { upstreamFirst, upstreamOf } from './river-chains.ts';

export interface ModelGauge extends GaugeThresholdColumns {
  id: string;
  name: string;
  river: string;
  catchment_km2: number | null;
  spa4_h: number | null;
  spa4_q: number | null;
  lon: number;
  lat: number;
}

/** A row in the ingest contract's shape (server/readings-ingest). */
export interface GaugeReadingRow {
  gauge: string;
  ts: string;
  level_cm: number;
  discharge_m3s: number;
  precipitation_mm: number;
}

export interface GaugeModelInfo {
  id: string;
  meanFlow: number;
  rating: RatingCurve;
  upstream: string | null;
  lagHours: number;
}

export interface FloodModel {
  from: string;
  to: string;
  stepMinutes: number;
  hours: number;
  events: RainEvent[];
  gauges: GaugeModelInfo[];
  rows: GaugeReadingRow[];
}

const HOUR = 3_600_000;
/** 1 mm/h over 1 km² in m³/s. */
const MM_H_KM2 = 1e3 / 3600;
const DEFAULT_AREA_KM2 = 10;

/** The pairs (cm, m³/s) ČHMÚ publishes for a gauge: drought and SPA1…SPA4 where both are given. */
function publishedPairs(g: ModelGauge) {
  const levels = [g.dry_h, g.spa1_h, g.spa2_h, g.spa3_h, g.spa4_h];
  const flows = [g.dry_q, g.spa1_q, g.spa2_q, g.spa3_q, g.spa4_q];
  return levels.flatMap((h, i) =>
    h !== null && flows[i] != null ? [{ h, q: flows[i]!, lowFlow: i === 0 }] : [],
  );
}

/** Mean flow: from the published drought discharge where there is one, else from the catchment size. */
export function meanFlowOf(g: ModelGauge, p: FloodModelParams = FLOOD_MODEL): number {
  if (g.dry_q !== null && g.dry_q > 0) return g.dry_q * p.meanFlowPerDryQ;
  return (g.catchment_km2 ?? DEFAULT_AREA_KM2) * p.specificRunoff;
}

export function ratingCurveOf(g: ModelGauge, meanFlow: number): RatingCurve {
  const pairs = publishedPairs(g);
  return fitRatingCurve(pairs) ?? genericRatingCurve(pairs[0] ?? null, meanFlow);
}

/** One step of a linear reservoir with constant k (h) over one hour: returns [new storage, outflow]. */
const reservoir = (storage: number, inflow: number, k: number): [number, number] => {
  const out = storage * (1 - Math.exp(-1 / k)) + inflow * (1 - k * (1 - Math.exp(-1 / k)));
  return [storage + inflow - out, out];
};

const round = (v: number, digits: number) => Number(v.toFixed(digits));
const sig3 = (v: number) => (v === 0 ? 0 : Number(v.toPrecision(3)));

/**
 * Generates the model for the given gauges. Deterministic for a given `p.seed` and gauge list.
 * @example generateFloodModel(gauges).rows.length // 51 gauges × 1,800 h, less the outages
 */
export function generateFloodModel(
  gauges: readonly ModelGauge[],
  p: FloodModelParams = FLOOD_MODEL,
): FloodModel {
  const random = mulberry32(p.seed);
  const from = Date.parse(p.from);
  const hours = Math.round((Date.parse(p.to) - from) / HOUR);
  const events = rainEvents(p, random);
  const ordered = upstreamFirst([...gauges].sort((a, b) => a.id.localeCompare(b.id)));
  const rain = rainAtPoints(events, ordered, from, hours, p, random);
  const rainOf = new Map(ordered.map((g, i) => [g.id, rain[i]!]));
  const upstream = upstreamOf(ordered);
  const byId = new Map(ordered.map((g) => [g.id, g]));
  const flows = new Map<string, Float64Array>();
  const infos: GaugeModelInfo[] = [];
  const apiDecay = p.apiDailyDecay ** (1 / 24);

  for (const g of ordered) {
    const area = g.catchment_km2 ?? DEFAULT_AREA_KM2;
    const up = upstream.get(g.id);
    const upGauge = up ? byId.get(up) : undefined;
    const upFlow = up ? flows.get(up) : undefined;
    const localArea = Math.max(1, area - (upGauge?.catchment_km2 ?? 0));
    const meanFlow = meanFlowOf(g, p);
    // Gauges whose mean flow is above the regional runoff (mountain catchments) answer rain more strongly.
    const responsiveness = meanFlow / (area * p.specificRunoff);
    // Rain over the local catchment: this gauge's rain, averaged with its upstream neighbour's.
    const own = rainOf.get(g.id)!;
    const upRain = up ? rainOf.get(up) : undefined;
    const k = p.timeToPeak.factor * localArea ** p.timeToPeak.exponent;
    const recessionH =
      24 *
      (p.recessionDays.min +
        (p.recessionDays.max - p.recessionDays.min) *
          Math.min(1, Math.log10(Math.max(area, 1)) / 3) *
          (0.7 + 0.3 * random()));
    const localShare = localArea / area;
    let base = p.initialBaseShare * meanFlow * localShare * recessionH;
    let s1 = 0;
    let s2 = 0;
    let api = p.initialApiMm;
    const lagHours = upGauge
      ? Math.round((distanceKm(g, upGauge) * p.sinuosity * 1000) / p.celerityMs / 3600)
      : 0;
    const routeK = Math.max(1, lagHours / 2);
    // Start the routing store in equilibrium with the upstream flow, so the series has no warm-up jump.
    let routed = (upFlow?.[0] ?? 0) * routeK;
    const q = new Float64Array(hours);
    for (let t = 0; t < hours; t++) {
      const r = upRain ? (own[t]! + upRain[t]!) / 2 : own[t]!;
      api = api * apiDecay + r;
      const c = p.runoff.min + (p.runoff.max - p.runoff.min) * Math.min(1, api / p.runoff.saturationMm);
      const quickIn = Math.min(1, c * responsiveness) * r * localArea * MM_H_KM2;
      const recharge = (1 - c) * p.rechargeShare * responsiveness * r * localArea * MM_H_KM2;
      let out: number;
      [s1, out] = reservoir(s1, quickIn, k);
      let quick: number;
      [s2, quick] = reservoir(s2, out, k);
      let baseOut: number;
      [base, baseOut] = reservoir(base, recharge, recessionH);
      let fromUp = 0;
      if (upFlow) {
        const lagged = upFlow[Math.max(0, t - lagHours)]!;
        [routed, fromUp] = reservoir(routed, lagged, routeK);
      }
      q[t] = quick + baseOut + fromUp;
    }
    flows.set(g.id, q);
    infos.push({ id: g.id, meanFlow, rating: ratingCurveOf(g, meanFlow), upstream: up ?? null, lagHours });
  }

  const outage = new Map<string, number>(p.outages.map((o) => [o.gauge, Date.parse(o.from)]));
  const rows: GaugeReadingRow[] = [];
  for (const info of [...infos].sort((a, b) => a.id.localeCompare(b.id))) {
    const q = flows.get(info.id)!;
    const r = rainOf.get(info.id)!;
    const stopAt = outage.get(info.id) ?? Infinity;
    for (let t = 0; t < hours; t++) {
      const ts = from + t * HOUR;
      if (ts >= stopAt) break;
      rows.push({
        gauge: info.id,
        ts: new Date(ts).toISOString(),
        // ČHMÚ reports whole centimetres; the ingest refuses negative levels, so the model stays at ≥ 0.
        level_cm: Math.max(0, Math.round(levelAt(info.rating, q[t]!))),
        discharge_m3s: sig3(q[t]!),
        precipitation_mm: round(r[t]!, 1),
      });
    }
  }
  return { from: p.from, to: p.to, stepMinutes: p.stepMinutes, hours, events, gauges: infos, rows };
}
