import type { Db } from '../db/db.ts';
import { datasetById } from '../ingest/datasets.ts';
import { loadDataset, type LoadResult } from '../ingest/load-dataset.ts';
import { HERITAGE_SQL } from './heritage-sql.ts';

/** The part of a pino logger this module uses. */
interface StepLogger {
  info(obj: object, msg: string): void;
}

/**
 * First-start step: a database loaded before the museum and gallery list existed has only the castles
 * (the open-data step skips a database that has any data); reload the heritage dataset there.
 * A fresh database already got both files from the open-data step, so this does nothing.
 */
export async function loadHeritageMuseumsIfMissing(db: Db, logger: StepLogger): Promise<LoadResult | null> {
  const [row] = await db.query<{ museums: number }>(HERITAGE_SQL.countMuseums);
  if ((row?.museums ?? 0) > 0) return null;
  const result = await loadDataset(db, datasetById('heritage-sites'));
  logger.info(
    { dataset: result.dataset, rows: result.rows, ms: result.ms },
    'heritage sites reloaded with museums',
  );
  return result;
}
