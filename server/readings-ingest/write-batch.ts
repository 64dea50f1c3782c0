// The write path both readings kinds share: partitions, one transaction of chunked set-based
// upserts, the audit log, the data version, and the after-commit hooks.
import type { Db, Queryable } from '../db/db.ts';
import { runReadingsHooks } from './hooks.ts';
import type { IngestOptions, IngestResult, IngestSummary, RowError } from './ingest-types.ts';
import { READINGS_SQL } from './readings-sql.ts';

/** Rows per upsert statement: large enough to amortise a round trip, small enough for PGlite's memory. */
export const CHUNK_ROWS = 5_000;

/** What one insert or update statement of a chunk reports. */
export interface StatementRow {
  n: number;
  ids: (string | number)[];
  from_ts: Date | string | null;
  to_ts: Date | string | null;
}

/** The chunk's insert and its update of stored rows (corrections; none when every row was new). */
export interface ChunkWritten {
  inserted: StatementRow;
  updated: StatementRow | null;
}

/** The first and last timestamp of a chunk, as statement parameters. */
export function chunkSpan(chunk: readonly { ts: Date }[]): [string, string] {
  let from = chunk[0]!.ts;
  let to = from;
  for (const c of chunk) {
    if (c.ts < from) from = c.ts;
    if (c.ts > to) to = c.ts;
  }
  return [from.toISOString(), to.toISOString()];
}

export interface BatchPlan<C extends { row: number; ts: Date }> {
  kind: 'meter' | 'gauge';
  table: 'energy.readings' | 'flood.readings';
  dataset: 'energy-readings' | 'flood-readings';
  endpoint: string;
  received: number;
  /** Rows that passed the per-row checks, and the errors of the others. */
  candidates: C[];
  errors: RowError[];
  /** Further checks that need the stored rows, run inside the transaction (cumulative counters). */
  refine?: (tx: Queryable, candidates: C[]) => Promise<{ accepted: C[]; errors: RowError[] }>;
  writeChunk: (tx: Queryable, chunk: C[]) => Promise<ChunkWritten>;
  /** The name hooks get for a written id (meter code for a meter id). */
  idName: (id: string | number) => string;
  /** Runs inside the transaction after all chunks (derived values). */
  afterWrite?: (tx: Queryable, accepted: C[]) => Promise<void>;
}

const rejectedRows = (errors: RowError[]) => new Set(errors.map((e) => e.row)).size;
const byRow = (a: RowError, b: RowError) => a.row - b.row;

export async function writeBatch<C extends { row: number; ts: Date }>(
  db: Db,
  plan: BatchPlan<C>,
  options: IngestOptions,
): Promise<IngestResult> {
  const mode = options.mode ?? 'partial';
  const log = (q: Queryable, written: number, unchanged: number, rejected: number) =>
    q.query(READINGS_SQL.insertIngestLog, [
      options.tokenId ?? null,
      plan.endpoint,
      plan.received,
      written,
      unchanged,
      rejected,
    ]);

  if (plan.candidates.length > 0 && !(mode === 'strict' && plan.errors.length > 0)) {
    // In a transaction of its own, before the writing one: creating a partition locks the parent
    // table, which must not be held for a whole batch. Empty partitions left by a failed batch are
    // harmless (they hold no rows).
    await db.query(READINGS_SQL.ensurePartitions, [plan.table, ...chunkSpan(plan.candidates)]);
  }

  let outcome: { result: IngestResult; summary: IngestSummary | null };
  try {
    outcome = await db.transaction(async (tx) => {
      let accepted = plan.candidates;
      let errors = plan.errors;
      if (plan.refine && accepted.length > 0 && !(mode === 'strict' && errors.length > 0)) {
        const refined = await plan.refine(tx, accepted);
        accepted = refined.accepted;
        errors = [...errors, ...refined.errors];
      }
      errors.sort(byRow);
      const rejected = rejectedRows(errors);
      if (mode === 'strict' && errors.length > 0) {
        await log(tx, 0, 0, rejected);
        return {
          result: { received: plan.received, written: 0, unchanged: 0, rejected, errors },
          summary: null,
        };
      }
      let written = 0;
      let inserted = 0;
      const ids = new Set<string>();
      let from: Date | null = null;
      let to: Date | null = null;
      for (let i = 0; i < accepted.length; i += CHUNK_ROWS) {
        const chunk = await plan.writeChunk(tx, accepted.slice(i, i + CHUNK_ROWS));
        inserted += chunk.inserted.n;
        for (const s of chunk.updated ? [chunk.inserted, chunk.updated] : [chunk.inserted]) {
          written += s.n;
          for (const id of s.ids) ids.add(plan.idName(id));
          const f = s.from_ts === null ? null : new Date(s.from_ts);
          const t = s.to_ts === null ? null : new Date(s.to_ts);
          if (f && (!from || f < from)) from = f;
          if (t && (!to || t > to)) to = t;
        }
      }
      if (written > 0 && plan.afterWrite) await plan.afterWrite(tx, accepted);
      const unchanged = accepted.length - written;
      await log(tx, written, unchanged, rejected);
      if (written > 0) await tx.query(READINGS_SQL.bumpReadingsVersion, [plan.dataset, inserted]);
      return {
        result: { received: plan.received, written, unchanged, rejected, errors },
        summary: written > 0 && from && to ? { ids: [...ids].sort(), from, to } : null,
      };
    });
  } catch (err) {
    // Nothing of the batch is stored; the audit log still records that it came and failed.
    await log(db, 0, 0, plan.received).catch(() => undefined);
    throw err;
  }

  if (outcome.summary) await notify(db, plan.kind, outcome.summary, options);
  return outcome.result;
}

/** The caller's afterCommit, then the hooks registered for this database. */
async function notify(
  db: Db,
  kind: 'meter' | 'gauge',
  summary: IngestSummary,
  options: IngestOptions,
): Promise<void> {
  const failures: unknown[] = [];
  const onError = (err: unknown) => {
    if (options.onHookError) options.onHookError(err);
    else failures.push(err);
  };
  if (options.afterCommit) await options.afterCommit(summary).catch(onError);
  await runReadingsHooks(db, kind, summary, onError);
  // Without a handler a direct caller learns of a failed hook; the readings stay committed.
  if (failures.length > 0) throw new AggregateError(failures, 'readings committed, but a hook failed');
}
