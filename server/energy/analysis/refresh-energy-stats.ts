import type { EnergyPrices } from '../../config.ts';
import type { Db } from '../../db/db.ts';
import { DEFAULT_ENERGY_YEAR, refreshBuildingStats } from './energy-queries.ts';
import { ENERGY_SQL } from './energy-sql.ts';

/** Which readings changed: meter codes and the time span (all meters / all days when omitted). */
export interface ReadingsScope {
  meterCodes?: readonly string[];
  from?: Date;
  to?: Date;
}

/**
 * Brings the derived energy tables up to date after readings changed: the daily and monthly
 * aggregates of the affected meters and days, then the per-building snapshot the map's tiles read,
 * then the 'energy-readings' data version (so cached tiles are dropped). Returns the day rows written.
 */
export async function refreshEnergyStats(
  db: Db,
  prices: EnergyPrices,
  scope: ReadingsScope = {},
  year = DEFAULT_ENERGY_YEAR,
): Promise<number> {
  let ids: number[] | null = null;
  if (scope.meterCodes) {
    const rows = await db.query<{ id: number }>(ENERGY_SQL.meterIds, [scope.meterCodes]);
    ids = rows.map((r) => r.id);
    if (ids.length === 0) return 0;
  }
  const [row] = await db.query<{ days: number }>(ENERGY_SQL.refreshAggregates, [
    ids,
    scope.from ?? null,
    scope.to ?? null,
  ]);
  await refreshBuildingStats(db, year, prices);
  await db.query(ENERGY_SQL.bumpReadingsVersion);
  return Number(row?.days ?? 0);
}
