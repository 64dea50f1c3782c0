/**
 * The flood API as the client reads it (F1's `/api/flood/*`, server/routes/flood-routes.ts).
 * Only the fields the map, the panels and the popup use are typed here.
 */

export const STAGES = ['SPA3', 'SPA2', 'SPA1', 'drought', 'none', 'unknown'] as const;
export type Stage = (typeof STAGES)[number];
export type Trend = 'rising' | 'falling' | 'steady';

/** One gauge of `GET /api/flood/status`. */
export interface GaugeStatus {
  id: string;
  name: string;
  river: string;
  lon: number;
  lat: number;
  stage: Stage;
  /** The gauge's stages are judged on level (H, cm) or discharge (Q, m³/s). */
  measure: 'H' | 'Q';
  /** The reading the stage was judged on, in `unit`. */
  value: number | null;
  unit: string;
  level_cm: number | null;
  discharge_m3s: number | null;
  precipitation_1h_mm: number | null;
  precipitation_24h_mm: number | null;
  trend: Trend | null;
  stale: boolean;
  lastReadingAt: string | null;
  thresholds: { spa1: number | null; spa2: number | null; spa3: number | null; dry: number | null };
}

export interface FloodStatus {
  /** The moment the stages describe: the model's clock, or the `at` asked for (null: no readings yet). */
  asOf: string | null;
  gauges: GaugeStatus[];
}

/** `GET /api/flood/timeline`: the span the replay slider covers. */
export interface FloodTimeline {
  /** The first and the last reading (null while there are none). */
  from: string | null;
  to: string | null;
  /** The readings' step, also the slider's. */
  stepMinutes: number;
  /** The hour with the most gauges at SPA 1 or above. */
  peakAt: string | null;
}

export const statusUrl = (at: string | undefined): string =>
  at === undefined ? '/api/flood/status' : `/api/flood/status?at=${encodeURIComponent(at)}`;

export const TIMELINE_URL = '/api/flood/timeline';
export const EVENTS_URL = '/api/flood/events';

export const seriesUrl = (gauge: string, from: string, to: string): string =>
  `/api/flood/gauges/${encodeURIComponent(gauge)}/series?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;

/** The flood zones exposure can be asked for, the most frequent flood first. */
export const ZONES = ['Q5', 'Q20', 'Q100'] as const;
export type Zone = (typeof ZONES)[number];

/** One flood zone of a gauge's river, or of a river by name. */
export type ExposureQuery = ({ gauge: string } | { river: string }) & { zone: Zone };

/** The categories of an exposure answer, in the order the panel lists them. */
export const EXPOSURE_LAYERS = ['buildings', 'schools', 'heritage', 'hospitals', 'stops', 'roads'] as const;
export type ExposureLayer = (typeof EXPOSURE_LAYERS)[number];

interface ExposedFeature {
  id: string;
  name: string;
  kind: string;
  municipality: string | null;
  /** Road segments: metres of the segment inside the zones. */
  inside_m?: number;
}

/** `GET /api/flood/exposure` (JSON). */
export interface Exposure {
  river: string;
  zone: Zone;
  /** The rivers of the zone data the query was mapped to; empty when the river has no zones. */
  zoneRivers: string[];
  gauge: { id: string; name: string } | null;
  counts: Record<ExposureLayer, number>;
  features: Record<ExposureLayer, ExposedFeature[]>;
}

export function exposureUrl(query: ExposureQuery, format: 'json' | 'csv' | 'geojson'): string {
  const params = new URLSearchParams({
    ...('gauge' in query ? { gauge: query.gauge } : { river: query.river }),
    zone: query.zone,
  });
  if (format !== 'json') params.set('format', format);
  return `/api/flood/exposure?${params.toString()}`;
}
