import { readFileSync } from 'node:fs';
import path from 'node:path';

const DIR = path.resolve(import.meta.dirname, '../../sql/network');
const read = (file: string) => readFileSync(path.join(DIR, file), 'utf8');

/** The fixed statements of the road-network loader and graph reader, read once from sql/network/. */
export const NETWORK_SQL = {
  countRoadNetwork: read('count-road-network.sql'),
  deleteModelSegments: read('delete-model-segments.sql'),
  deleteModelNodes: read('delete-model-nodes.sql'),
  insertModelNodes: read('insert-model-nodes.sql'),
  insertModelSegments: read('insert-model-segments.sql'),
  selectRoadSegments: read('select-road-segments.sql'),
  selectRoadNodes: read('select-road-nodes.sql'),
} as const;
