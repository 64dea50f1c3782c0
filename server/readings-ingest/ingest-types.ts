// The shapes shared by the meter and gauge ingest, the HTTP routes and the hooks.

/** One problem with one row: `row` is its 1-based index in the batch (CSV: data row, header not counted). */
export interface RowError {
  row: number;
  field: string;
  message: string;
}

/**
 * How a batch with bad rows is treated:
 * - `partial` (default): the good rows are written, the bad rows are reported;
 * - `strict`: any bad row rejects the whole batch, nothing is written.
 * In both modes the writes are one transaction: a database failure writes nothing of the batch.
 */
export type IngestMode = 'partial' | 'strict';

export interface IngestResult {
  /** Rows in the batch. */
  received: number;
  /** Rows inserted or corrected (an existing meter/gauge + timestamp with a different value). */
  written: number;
  /** Valid rows identical to what was already stored (a re-post): nothing written for them. */
  unchanged: number;
  /** Rows with at least one error; in strict mode with errors the good rows are not written either. */
  rejected: number;
  errors: RowError[];
}

/** What the after-commit hooks receive: the meters (codes) or gauges (ids) written and the time range. */
export interface IngestSummary {
  ids: string[];
  from: Date;
  to: Date;
}

export interface IngestOptions {
  /** The clock future timestamps are judged against (default: the real clock). */
  now?: Date;
  /** The API token the batch came with, recorded in ops.ingest_log. */
  tokenId?: number;
  /** Default `partial`; see {@link IngestMode}. */
  mode?: IngestMode;
  /** Called once after the commit when rows were written (before the registered hooks). */
  afterCommit?: (summary: IngestSummary) => Promise<void>;
  /** Where failures of afterCommit and the hooks go; without it they are thrown (after all ran). */
  onHookError?: (err: unknown) => void;
  /** What ops.ingest_log records as the endpoint (default: the function's name). */
  endpoint?: string;
}

/** Timestamps further ahead than this of `now` are refused as future readings (clock skew allowance). */
export const FUTURE_SKEW_MS = 5 * 60_000;

/** Readings before this are refused: they are typos, and would create a partition per month since. */
export const EARLIEST_READING = new Date('2000-01-01T00:00:00Z');

/** A batch larger than this is refused by the HTTP API (413); direct calls are chunked instead. */
export const MAX_BATCH_ROWS = 10_000;
