import { readFileSync } from 'node:fs';
import path from 'node:path';

const DIR = path.resolve(import.meta.dirname, '../../sql/traffic');
const read = (file: string) => readFileSync(path.join(DIR, file), 'utf8');

/** The fixed statements of the traffic model, the accident loader and the traffic API (sql/traffic/). */
export const TRAFFIC_SQL = {
  selectTrafficZones: read('select-traffic-zones.sql'),
  selectZoneEnds: read('select-zone-ends.sql'),
  selectSegmentClasses: read('select-segment-classes.sql'),
  deleteModelCounts: read('delete-model-counts.sql'),
  insertModelCounts: read('insert-model-counts.sql'),
  countTraffic: read('count-traffic.sql'),
  hourlyCounts: read('hourly-counts.sql'),
  segmentProfile: read('segment-profile.sql'),
  segmentExists: read('segment-exists.sql'),
  deleteAccidents: read('delete-accidents.sql'),
  insertAccidents: read('insert-accidents.sql'),
  joinAccidents: read('join-accidents.sql'),
  accidentCounts: read('accident-counts.sql'),
  segmentNightExposure: read('segment-night-exposure.sql'),
} as const;
