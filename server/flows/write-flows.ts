// Writes one source's flows (and within-municipality totals) in batches inside an open transaction,
// replacing that source's previous rows, and bumps ops.data_versions 'od-flows'.
import type { Queryable } from '../db/db.ts';
import { INGEST_SQL } from '../ingest/sql-files.ts';
import type { Purpose } from './flow-model.ts';
import { FLOWS_SQL } from './flows-sql.ts';

/** ops.data_versions id of transport.od_flows (both sources bump it). */
export const OD_FLOWS_DATASET = 'od-flows';

export type FlowSource = 'model' | 'csu2021';

export interface FlowRow {
  origin: string;
  destination: string;
  purpose: Purpose;
  commuters: number;
}

export interface InternalRow {
  code: string;
  purpose: Purpose;
  commuters: number;
}

const BATCH_ROWS = 5000;

async function insertBatches(tx: Queryable, sql: string, rows: readonly object[], source: FlowSource) {
  let inserted = 0;
  for (let i = 0; i < rows.length; i += BATCH_ROWS) {
    const [r] = await tx.query<{ inserted: number }>(sql, [
      JSON.stringify(rows.slice(i, i + BATCH_ROWS)),
      source,
    ]);
    inserted += r?.inserted ?? 0;
  }
  if (inserted !== rows.length) throw new Error(`${rows.length} rows to insert but ${inserted} inserted`);
  return inserted;
}

/** Replaces the rows of `source`; returns the new data version. Call inside db.transaction. */
export async function replaceFlows(
  tx: Queryable,
  source: FlowSource,
  flows: readonly FlowRow[],
  internal: readonly InternalRow[],
): Promise<number> {
  await tx.query(FLOWS_SQL['delete-flows'], [source]);
  await tx.query(FLOWS_SQL['delete-internal'], [source]);
  await insertBatches(
    tx,
    FLOWS_SQL['insert-flows'],
    flows.map((f) => ({ o: f.origin, d: f.destination, p: f.purpose, c: f.commuters })),
    source,
  );
  await insertBatches(
    tx,
    FLOWS_SQL['insert-internal'],
    internal.map((r) => ({ code: r.code, p: r.purpose, c: r.commuters })),
    source,
  );
  const [total] = await tx.query<{ model: number; csu2021: number }>(FLOWS_SQL['count-flows']);
  const [bumped] = await tx.query<{ version: number }>(INGEST_SQL.bumpDataVersion, [
    OD_FLOWS_DATASET,
    (total?.model ?? 0) + (total?.csu2021 ?? 0),
  ]);
  return bumped?.version ?? 0;
}
