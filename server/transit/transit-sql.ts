import { readFileSync } from 'node:fs';
import path from 'node:path';

const DIR = path.resolve(import.meta.dirname, '../../sql/transit');
const read = (file: string) => readFileSync(path.join(DIR, `${file}.sql`), 'utf8');

/** The fixed statements of the transit occupancy model and its API, read once from sql/transit/. */
export const TRANSIT_SQL = {
  busiestSegments: read('busiest-segments'),
  countRuns: read('count-runs'),
  defaultServiceDay: read('default-service-day'),
  deleteRuns: read('delete-runs'),
  deleteSegments: read('delete-segments'),
  insertOccupancy: read('insert-occupancy'),
  insertRun: read('insert-run'),
  insertSegments: read('insert-segments'),
  insertStopActivity: read('insert-stop-activity'),
  modelCalls: read('model-calls'),
  selectLoad: read('select-load'),
  selectRun: read('select-run'),
  selectStop: read('select-stop'),
  selectStopActivity: read('select-stop-activity'),
  stopPlaces: read('stop-places'),
} as const;
