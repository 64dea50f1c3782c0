import { readFileSync } from 'node:fs';
import path from 'node:path';

const FLOWS_SQL_DIR = path.resolve(import.meta.dirname, '../../sql/flows');

const NAMES = [
  'count-flows',
  'count-model-inputs',
  'delete-flows',
  'delete-internal',
  'delete-places',
  'flow-summary',
  'insert-flows',
  'insert-internal',
  'insert-places',
  'region-codes',
  'select-flows',
  'select-municipality',
  'select-places',
  'select-zones',
  'source-has-rows',
  'top-destinations',
  'top-origins',
] as const;

export type FlowsSqlName = (typeof NAMES)[number];

/** The fixed statements of the commuter-flow model, importer and API, read once from sql/flows/. */
export const FLOWS_SQL = Object.fromEntries(
  NAMES.map((name) => [name, readFileSync(path.join(FLOWS_SQL_DIR, `${name}.sql`), 'utf8')]),
) as Record<FlowsSqlName, string>;
