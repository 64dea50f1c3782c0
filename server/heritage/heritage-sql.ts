import { readFileSync } from 'node:fs';
import path from 'node:path';

const DIR = path.resolve(import.meta.dirname, '../../sql/heritage');
const read = (file: string) => readFileSync(path.join(DIR, file), 'utf8');

/** The fixed statements of the heritage search, export and loader step (sql/heritage/). */
export const HERITAGE_SQL = {
  searchSites: read('search-sites.sql'),
  exportSites: read('export-sites.sql'),
  countMuseums: read('count-museums.sql'),
} as const;
