/** Something that runs one parameterised statement: a database or an open transaction. */
export interface Queryable {
  /** Runs one statement with bound parameters ($1, $2, …) and returns its rows. */
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<R[]>;
  /**
   * Bulk-loads rows in COPY text format (tab-separated, `\\N` for null, one row per line) with a
   * `copy table (columns) from stdin` statement: pg-copy-streams on PostGIS, PGlite's /dev/blob device
   * on PGlite. Optional so that a plain statement runner still is a Queryable.
   */
  copyFrom?(copySql: string, data: string): Promise<void>;
}

/**
 * The one database interface the server, scripts and tests use.
 * `postgis` is real PostgreSQL/PostGIS through `pg`; `pglite` is the embedded PGlite + PostGIS,
 * whose PostGIS lacks ST_AsMVT/ST_AsMVTGeom, so tile sources encode in JS there.
 */
export interface Db extends Queryable {
  readonly kind: 'postgis' | 'pglite';
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
