import { readFileSync } from 'node:fs';
import path from 'node:path';

const DIR = path.resolve(import.meta.dirname, '../../../sql/energy');
const read = (file: string) => readFileSync(path.join(DIR, file), 'utf8');

/** The fixed statements of the energy model's loader (sql/energy/model-*.sql). */
export const MODEL_SQL = {
  counts: read('model-counts.sql'),
  insertBuildings: read('model-insert-buildings.sql'),
  insertMeters: read('model-insert-meters.sql'),
  insertFaultTruth: read('model-insert-fault-truth.sql'),
  insertBlueGreen: read('model-insert-blue-green.sql'),
  ensurePartitions: read('model-ensure-partitions.sql'),
  copyReadings: read('model-copy-readings.sql'),
  readingsEmpty: read('model-readings-empty.sql'),
  dropReadingsPk: read('model-drop-readings-pk.sql'),
  addReadingsPk: read('model-add-readings-pk.sql'),
} as const;
