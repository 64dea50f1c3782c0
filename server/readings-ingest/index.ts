// The readings ingest as other parts of the server use it: the same functions the HTTP routes call
// after authentication and body parsing, and the after-commit hooks.
export { ingestMeterReadings } from './ingest-meter-readings.ts';
export { ingestGaugeReadings } from './ingest-gauge-readings.ts';
export { onGaugeReadings, onMeterReadings, type ReadingsHook } from './hooks.ts';
export {
  MAX_BATCH_ROWS,
  type IngestMode,
  type IngestOptions,
  type IngestResult,
  type IngestSummary,
  type RowError,
} from './ingest-types.ts';
