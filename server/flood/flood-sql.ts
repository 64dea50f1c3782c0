import { readFileSync } from 'node:fs';
import path from 'node:path';

const DIR = path.resolve(import.meta.dirname, '../../sql/flood');
const read = (name: string) => readFileSync(path.join(DIR, `${name}.sql`), 'utf8');

/** The fixed statements of the flood model loader, alerts, status and exposure (sql/flood/). */
export const FLOOD_SQL = {
  selectModelGauges: read('select-model-gauges'),
  countReadings: read('count-readings'),
  deleteAlerts: read('delete-alerts'),
  deleteReadings: read('delete-readings'),
  selectGaugeThresholds: read('select-gauge-thresholds'),
  rewindAlerts: read('rewind-alerts'),
  alertsOpenAt: read('alerts-open-at'),
  readingsSince: read('readings-since'),
  updateAlerts: read('update-alerts'),
  insertAlerts: read('insert-alerts'),
  modelClock: read('model-clock'),
  statusGauges: read('status-gauges'),
  statusReadings: read('status-readings'),
  gaugeSeries: read('gauge-series'),
  gaugeById: read('gauge-by-id'),
  readingsRange: read('readings-range'),
  peakHour: read('peak-hour'),
  listAlerts: read('list-alerts'),
  countAlerts: read('count-alerts'),
  exposureBuildings: read('exposure-buildings'),
  exposureHeritage: read('exposure-heritage'),
  exposureHospitals: read('exposure-hospitals'),
  exposureStops: read('exposure-stops'),
  exposureRoads: read('exposure-roads'),
  zoneRivers: read('zone-rivers'),
} as const;
