/**
 * The energy API answers the map reads (server/routes/energy-routes.ts, alerts-routes.ts) and the
 * URLs it asks them with. Amounts are modelled (seeded generator), benchmarks indicative.
 */

export const BUILDING_TYPES = [
  'school',
  'hospital',
  'fire_station',
  'museum',
  'gallery',
  'office',
  'social_care',
] as const;
export type BuildingType = (typeof BUILDING_TYPES)[number];

export const METER_KINDS = ['electricity', 'gas', 'heat', 'water', 'pv'] as const;
export type MeterKind = (typeof METER_KINDS)[number];

/** Sort keys the ranking API knows. */
export const RANKING_SORTS = [
  'savings_czk',
  'savings_kwh',
  'savings_m3',
  'heat_intensity',
  'electricity_intensity',
  'water_intensity',
  'name',
] as const;
export type RankingSort = (typeof RANKING_SORTS)[number];

/** One building of GET /api/energy/ranking (per year; intensities per m² of floor area). */
export interface RankingRow {
  id: number;
  code: string;
  name: string;
  type: BuildingType;
  municipality: string;
  okres: string | null;
  floor_area_m2: number;
  heat_intensity: number | null;
  electricity_intensity: number | null;
  water_intensity: number | null;
  water_per_person: number | null;
  bench_heat: number | null;
  bench_electricity: number | null;
  bench_water_m2: number | null;
  bench_water_person: number | null;
  intensity_ratio: number | null;
  savings_kwh: number;
  savings_m3: number;
  savings_czk: number;
  completeness: number | null;
}

export interface RankingAnswer {
  year: number;
  modelled: boolean;
  sort: RankingSort;
  order: 'asc' | 'desc';
  count: number;
  buildings: RankingRow[];
}

export interface RankingQuery {
  type?: BuildingType | undefined;
  okres?: string | undefined;
  sort: RankingSort;
  order: 'asc' | 'desc';
}

/** GET /api/energy/buildings/:id/series: one time axis, one array per meter kind the building has. */
export interface SeriesAnswer {
  resolution: 'month' | 'day' | 'hour';
  timestamps: string[];
  series: Partial<Record<MeterKind, (number | null)[]>>;
  units: Partial<Record<MeterKind, 'kWh' | 'm3'>>;
  modelled: boolean;
}

export interface EnergyAlert {
  id: number;
  meter_code: string;
  meter_kind: MeterKind;
  kind: string;
  severity: 'info' | 'warning' | 'critical';
  starts_at: string;
  ends_at: string | null;
}

/** GET /api/alerts. */
export interface AlertsAnswer {
  count: number;
  alerts: EnergyAlert[];
}

/** GET /api/energy/buildings/:id (the parts the map uses). */
export interface BuildingDetail {
  year: number;
  building: {
    id: number;
    name: string;
    type: BuildingType;
    municipality: string;
    okres: string | null;
    floor_area_m2: number;
    lon: number;
    lat: number;
    location_approximate: boolean;
  };
  stats: RankingRow | null;
  alerts: EnergyAlert[];
}

export function rankingUrl(query: RankingQuery, format: 'json' | 'csv' = 'json'): string {
  const params = new URLSearchParams();
  if (query.type) params.set('type', query.type);
  if (query.okres) params.set('okres', query.okres);
  params.set('sort', query.sort);
  params.set('order', query.order);
  if (format === 'csv') params.set('format', 'csv');
  return `/api/energy/ranking?${params}`;
}

export const buildingUrl = (id: number) => `/api/energy/buildings/${id}`;

export const seriesUrl = (id: number, resolution: 'month' | 'day', from: string, to: string) =>
  `/api/energy/buildings/${id}/series?resolution=${resolution}&from=${from}&to=${to}`;

export const openAlertsUrl = (id: number) => `/api/alerts?building=${id}&status=open`;
