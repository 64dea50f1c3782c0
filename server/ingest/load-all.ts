import type { Db } from '../db/db.ts';
import type { DatasetSpec } from './dataset-spec.ts';
import { DATASETS } from './datasets.ts';
import { loadDataset, type LoadOptions, type LoadResult } from './load-dataset.ts';
import { INGEST_SQL } from './sql-files.ts';

export interface LoadAllOptions extends LoadOptions {
  datasets?: readonly DatasetSpec[];
  /** Called before each dataset starts, e.g. for a progress line. */
  onStart?: (dataset: DatasetSpec, position: number, total: number) => void;
  onLoaded?: (result: LoadResult) => void;
}

/**
 * Loads every bundled dataset, each in its own transaction, in list order.
 * Stops at the first failure (a DatasetError); datasets loaded before it stay loaded.
 */
export async function loadAll(db: Db, options: LoadAllOptions = {}): Promise<LoadResult[]> {
  const datasets = options.datasets ?? DATASETS;
  const results: LoadResult[] = [];
  for (const [i, dataset] of datasets.entries()) {
    options.onStart?.(dataset, i + 1, datasets.length);
    const result = await loadDataset(db, dataset, options);
    options.onLoaded?.(result);
    results.push(result);
  }
  return results;
}

/** The part of a pino logger this module uses. */
export interface LoadLogger {
  info(obj: object, msg: string): void;
}

/**
 * For server start-up: loads the bundled data when no dataset was ever loaded (ops.data_versions is
 * empty), so a fresh database serves the map at once. Returns what it loaded ([] when nothing).
 */
export async function loadAllIfEmpty(
  db: Db,
  logger: LoadLogger,
  options: LoadAllOptions = {},
): Promise<LoadResult[]> {
  const [row] = await db.query<{ datasets: number }>(INGEST_SQL.countDataVersions);
  if ((row?.datasets ?? 0) > 0) return [];
  logger.info({}, 'empty database: loading the bundled datasets');
  return loadAll(db, {
    ...options,
    onLoaded: (r) => {
      logger.info({ dataset: r.dataset, rows: r.rows, repaired: r.repaired, ms: r.ms }, 'dataset loaded');
      options.onLoaded?.(r);
    },
  });
}
