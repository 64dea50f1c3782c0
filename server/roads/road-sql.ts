import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROADS_SQL_DIR = path.resolve(import.meta.dirname, '../../sql/roads');

const read = (name: string): string => readFileSync(path.join(ROADS_SQL_DIR, `${name}.sql`), 'utf8');

/** The statements of the road importers, read once from sql/roads/. */
export const ROADS_SQL = {
  deleteSegments: read('delete-segments'),
  deleteNodes: read('delete-nodes'),
  insertNodes: read('insert-nodes'),
  insertSegments: read('insert-segments'),
  deleteUnusedNodes: read('delete-unused-nodes'),
  networkCounts: read('network-counts'),
  networkEdges: read('network-edges'),
  regionOutline: read('region-outline'),
} as const;
