import type { Db, Queryable } from '../db/db.ts';
import type { DatasetSpec } from './dataset-spec.ts';
import { DatasetError, asDatasetError } from './dataset-error.ts';
import { deleteSql, insertParams, insertSql, syncIdentitySql, validateSql } from './dataset-sql.ts';
import { BUNDLED_DATA_DIR, readDataset, type PreparedFeature } from './read-dataset.ts';
import { INGEST_SQL } from './sql-files.ts';

export interface LoadOptions {
  /** Directory holding the dataset files (default: the bundled data/). */
  dataDir?: string;
  /** Most rows per INSERT statement. */
  batchRows?: number;
  /** Most GeoJSON characters per INSERT statement, so that big polygons go in several statements. */
  batchChars?: number;
}

export interface LoadResult {
  dataset: string;
  table: string;
  rows: number;
  /** Geometries that were invalid in the source and were repaired with ST_MakeValid. */
  repaired: number;
  /** ops.data_versions.version after this load. */
  version: number;
  ms: number;
}

const DEFAULTS = { batchRows: 250, batchChars: 4_000_000 } as const;

function* batches(features: readonly PreparedFeature[], rows: number, chars: number) {
  let batch: PreparedFeature[] = [];
  let size = 0;
  for (const f of features) {
    if (batch.length > 0 && (batch.length >= rows || size + f.geojson.length > chars)) {
      yield batch;
      batch = [];
      size = 0;
    }
    batch.push(f);
    size += f.geojson.length;
  }
  if (batch.length > 0) yield batch;
}

type InsertCounts = { inserted: number; repaired: number };

const insert = async (tx: Queryable, dataset: DatasetSpec, features: readonly PreparedFeature[]) =>
  (await tx.query<InsertCounts>(insertSql(dataset, features.length), insertParams(dataset, features)))[0] ?? {
    inserted: 0,
    repaired: 0,
  };

/**
 * Inserts one batch inside a savepoint. When the database rejects it, the batch is retried row by
 * row (only then) so that the error names the feature, not just the batch.
 */
async function insertBatch(tx: Queryable, dataset: DatasetSpec, batch: readonly PreparedFeature[]) {
  await tx.query('savepoint load_batch');
  try {
    const counts = await insert(tx, dataset, batch);
    await tx.query('release savepoint load_batch');
    return counts;
  } catch (batchError) {
    await tx.query('rollback to savepoint load_batch');
    for (const feature of batch) {
      await tx.query('savepoint load_row');
      try {
        await insert(tx, dataset, [feature]);
        await tx.query('release savepoint load_row');
      } catch (rowError) {
        throw new DatasetError(dataset.id, `${feature.label}: ${(rowError as Error).message}`, {
          cause: rowError,
        });
      }
    }
    throw new DatasetError(
      dataset.id,
      `${batch[0]?.label} and the next ${batch.length - 1}: ${(batchError as Error).message}`,
      {
        cause: batchError,
      },
    );
  }
}

const LOAD_STATEMENT_TIMEOUT_MS = 300_000;

/**
 * Replaces the rows of one table with its dataset, in ONE transaction: delete, batched inserts,
 * validation, ops.data_versions bump. When anything fails the table keeps its previous rows and
 * version, and a DatasetError says what failed.
 */
export async function loadDataset(
  db: Db,
  dataset: DatasetSpec,
  options: LoadOptions = {},
): Promise<LoadResult> {
  const started = performance.now();
  const { batchRows, batchChars } = { ...DEFAULTS, ...options };
  const features = await readDataset(dataset, options.dataDir ?? BUNDLED_DATA_DIR);
  try {
    return await db.transaction(async (tx) => {
      // A bulk load is an operator's job, not a request: it may outlast the per-request statement limit.
      await tx.query(`set local statement_timeout = ${LOAD_STATEMENT_TIMEOUT_MS}`);
      await tx.query(deleteSql(dataset));
      let inserted = 0;
      let repaired = 0;
      for (const batch of batches(features, batchRows, batchChars)) {
        const counts = await insertBatch(tx, dataset, batch);
        inserted += counts.inserted;
        repaired += counts.repaired;
      }
      const [check] = await tx.query<{ rows: number; bad: number; first_bad: string | null }>(
        validateSql(dataset),
      );
      if (check?.rows !== features.length || inserted !== features.length) {
        // A guard, not a formality: PGlite's PostGIS has dropped rows with degenerate geometry silently.
        throw new DatasetError(
          dataset.id,
          `${features.length} features read but ${check?.rows} rows in ${dataset.table} after the inserts`,
        );
      }
      if (check.bad > 0) {
        const first = features.find((f) => String(f.row[dataset.key]) === check.first_bad);
        throw new DatasetError(
          dataset.id,
          `${first?.label ?? `${dataset.key} ${check.first_bad}`}: geometry empty or invalid even after ST_MakeValid` +
            (check.bad > 1 ? ` (and ${check.bad - 1} more)` : ''),
        );
      }
      if (dataset.identity) await tx.query(syncIdentitySql(dataset));
      const [bumped] = await tx.query<{ version: number }>(INGEST_SQL.bumpDataVersion, [
        dataset.id,
        check.rows,
      ]);
      return {
        dataset: dataset.id,
        table: dataset.table,
        rows: check.rows,
        repaired,
        version: bumped?.version ?? 0,
        ms: Math.round(performance.now() - started),
      };
    });
  } catch (err) {
    throw asDatasetError(dataset.id, err);
  }
}
