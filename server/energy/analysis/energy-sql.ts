import { readFileSync } from 'node:fs';
import path from 'node:path';

const DIR = path.resolve(import.meta.dirname, '../../../sql/energy');
const read = (name: string) => readFileSync(path.join(DIR, `${name}.sql`), 'utf8');

/** Queries that wrap the statistics take it as a CTE body, so the arithmetic lives in one file. */
const BUILDING_STATS = read('building-stats');
const withStats = (name: string) => read(name).replace('{{building_stats}}', BUILDING_STATS);

/** The fixed statements of the energy analyses, read once from sql/energy/ (not the model-* files). */
export const ENERGY_SQL = {
  buildingStats: BUILDING_STATS,
  ranking: withStats('ranking'),
  refreshBuildingStats: withStats('refresh-building-stats'),
  clearBuildingStats: read('clear-building-stats'),
  refreshAggregates: read('refresh-aggregates'),
  meterIds: read('meter-ids'),
  building: read('building'),
  buildingExists: read('building-exists'),
  buildingMeters: read('building-meters'),
  seriesMonth: read('series-month'),
  seriesDay: read('series-day'),
  seriesHour: read('series-hour'),
  listAlerts: read('list-alerts'),
  detectionDays: read('detection-days'),
  deleteStaleAlerts: read('delete-stale-alerts'),
  upsertAlerts: read('upsert-alerts'),
  bumpReadingsVersion: read('bump-readings-version'),
  pvMeterIds: read('pv-meter-ids'),
  countDerived: read('count-derived'),
} as const;
