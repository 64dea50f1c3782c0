// The read side of the energy analyses for the HTTP API and the tile snapshot.
import type { EnergyPrices } from '../../config.ts';
import type { Queryable } from '../../db/db.ts';
import { ENERGY_SQL } from './energy-sql.ts';

/** The ranking year when none is asked for: the modelled readings cover 2025 whole (see data/README.md). */
export const DEFAULT_ENERGY_YEAR = 2025;

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

export interface RankingFilter {
  year: number;
  type?: BuildingType | undefined;
  okres?: string | undefined;
  sort: RankingSort;
  order: 'asc' | 'desc';
  limit: number;
}

/** One building of the ranking; intensities per m² of floor area and year, money in CZK. */
export interface BuildingStats {
  id: number;
  code: string;
  name: string;
  type: BuildingType;
  municipality: string;
  okres: string | null;
  floor_area_m2: number;
  built_year: number | null;
  occupants: number | null;
  /** Annual amounts, each meter scaled to a full year by its completeness. */
  grid_kwh: number | null;
  gas_kwh: number | null;
  heat_kwh: number | null;
  thermal_kwh: number | null;
  electricity_kwh: number | null;
  water_m3: number | null;
  pv_kwh: number | null;
  /** Lowest share of expected intervals present over the building's meters. */
  completeness: number | null;
  heat_intensity: number | null;
  electricity_intensity: number | null;
  water_intensity: number | null;
  water_per_person: number | null;
  self_sufficiency: number | null;
  bench_heat: number | null;
  bench_electricity: number | null;
  bench_water_m2: number | null;
  bench_water_person: number | null;
  bench_water_m3: number | null;
  intensity_ratio: number | null;
  savings_heat_kwh: number;
  savings_electricity_kwh: number;
  savings_kwh: number;
  savings_m3: number;
  savings_czk: number;
}

const statsParams = (year: number, p: EnergyPrices, building: number | null) => [
  year,
  p.gasKwhPerM3,
  p.electricityCzkKwh,
  p.heatCzkKwh,
  p.gasCzkKwh,
  p.waterCzkM3,
  building,
];

const TEXT_COLUMNS = new Set(['code', 'name', 'type', 'municipality', 'okres']);

/** pg returns numeric/bigint as strings; the API answers numbers. */
function numeric(row: Record<string, unknown>): BuildingStats {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) {
    out[k] = TEXT_COLUMNS.has(k) || v === null ? v : Number(v);
  }
  return out as unknown as BuildingStats;
}

/** Names sort in Czech order (Š after S, Ch after H), which the database's collation may not know. */
const CZECH = new Intl.Collator('cs');

/**
 * The ranking of buildings by savings potential or intensity, filtered and sorted in SQL; by name
 * it is sorted here (a few hundred buildings) so that the order is Czech on both databases.
 */
export async function ranking(
  db: Queryable,
  f: RankingFilter,
  prices: EnergyPrices,
): Promise<BuildingStats[]> {
  const byName = f.sort === 'name';
  const rows = await db.query<Record<string, unknown>>(ENERGY_SQL.ranking, [
    ...statsParams(f.year, prices, null),
    f.type ?? null,
    f.okres ?? null,
    f.sort,
    f.order,
    byName ? null : f.limit,
  ]);
  const stats = rows.map(numeric);
  if (!byName) return stats;
  const sign = f.order === 'asc' ? 1 : -1;
  return stats.sort((a, b) => sign * CZECH.compare(a.name, b.name) || a.id - b.id).slice(0, f.limit);
}

/** The statistics of one building, or null when it does not exist. */
export async function buildingStats(
  db: Queryable,
  id: number,
  year: number,
  prices: EnergyPrices,
): Promise<BuildingStats | null> {
  const [row] = await db.query<Record<string, unknown>>(
    ENERGY_SQL.buildingStats,
    statsParams(year, prices, id),
  );
  return row ? numeric(row) : null;
}

/** Rewrites the map's per-building snapshot (energy.building_stats) in one transaction. */
export async function refreshBuildingStats(
  db: { transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> },
  year: number,
  prices: EnergyPrices,
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query(ENERGY_SQL.clearBuildingStats);
    await tx.query(ENERGY_SQL.refreshBuildingStats, statsParams(year, prices, null));
  });
}
