import { readFileSync } from 'node:fs';
import path from 'node:path';

const INGEST_SQL_DIR = path.resolve(import.meta.dirname, '../../sql/ingest');

/** The fixed statements of the loaders, read once from sql/ingest/. */
export const INGEST_SQL = {
  bumpDataVersion: readFileSync(path.join(INGEST_SQL_DIR, 'bump-data-version.sql'), 'utf8'),
  countDataVersions: readFileSync(path.join(INGEST_SQL_DIR, 'count-data-versions.sql'), 'utf8'),
} as const;
