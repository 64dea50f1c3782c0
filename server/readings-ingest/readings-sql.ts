import { readFileSync } from 'node:fs';
import path from 'node:path';

const DIR = path.resolve(import.meta.dirname, '../../sql/readings-ingest');
const read = (name: string) => readFileSync(path.join(DIR, `${name}.sql`), 'utf8');

/** The statements of the readings ingest, read once from sql/readings-ingest/. */
export const READINGS_SQL = {
  selectMeters: read('select-meters'),
  lockMeters: read('lock-meters'),
  storedCounters: read('stored-counters'),
  insertMeterReadings: read('insert-meter-readings'),
  updateMeterReadings: read('update-meter-readings'),
  deriveCounterValues: read('derive-counter-values'),
  selectGauges: read('select-gauges'),
  insertGaugeReadings: read('insert-gauge-readings'),
  updateGaugeReadings: read('update-gauge-readings'),
  ensurePartitions: read('ensure-partitions'),
  insertIngestLog: read('insert-ingest-log'),
  bumpReadingsVersion: read('bump-readings-version'),
  insertApiToken: read('insert-api-token'),
  seedApiToken: read('seed-api-token'),
  revokeApiToken: read('revoke-api-token'),
  selectApiToken: read('select-api-token'),
} as const;
