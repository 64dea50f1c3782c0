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
  /** The moment the stages describe: the model's clock, or the `at` asked for. */
  asOf: string;
  gauges: GaugeStatus[];
}

/** `GET /api/flood/timeline`: the span the replay slider covers. */
export interface FloodTimeline {
  from: string;
  to: string;
  /** Slider step, in seconds. */
  step: number;
  peakAt: string;
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

/** The flood zones of a gauge's river (stage-appropriate zone chosen by the server), or of a river. */
export type ExposureQuery = { gauge: string } | { river: string; zone: Zone };

interface ExposedItem {
  id: string | number;
  name?: string | null;
}

/** `GET /api/flood/exposure` (JSON). */
export interface Exposure {
  river: string;
  zone: Zone;
  counts: Record<string, number>;
  buildings: ExposedItem[];
  heritage_sites: ExposedItem[];
  hospitals: ExposedItem[];
  schools: ExposedItem[];
  stops: ExposedItem[];
  road_segments: ExposedItem[];
}

/** The categories of an exposure answer: where its list and its count are, and its label. */
export const EXPOSURE_CATEGORIES = [
  { list: 'buildings', count: 'buildings', label: 'flood.exposure.buildings' },
  { list: 'heritage_sites', count: 'heritage_sites', label: 'flood.exposure.heritage' },
  { list: 'hospitals', count: 'hospitals', label: 'flood.exposure.hospitals' },
  { list: 'schools', count: 'schools', label: 'flood.exposure.schools' },
  { list: 'stops', count: 'stops', label: 'flood.exposure.stops' },
  { list: 'road_segments', count: 'road_segments', label: 'flood.exposure.roads' },
] as const;

export function exposureUrl(query: ExposureQuery, format: 'json' | 'csv' | 'geojson'): string {
  const params = new URLSearchParams(
    'gauge' in query ? { gauge: query.gauge } : { river: query.river, zone: query.zone },
  );
  if (format !== 'json') params.set('format', format);
  return `/api/flood/exposure?${params.toString()}`;
}
