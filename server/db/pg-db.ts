import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Db, Queryable } from './db.ts';

// int8 and numeric arrive as strings by default; counts and ids here fit in a double.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));

export interface PgDbOptions {
  connectionString: string;
  /** Per-statement limit, so that no request can hold a connection for long. */
  statementTimeoutMs: number;
  maxConnections: number;
}

export async function openPgDb(options: PgDbOptions): Promise<Db> {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections,
    statement_timeout: options.statementTimeoutMs,
  });
  // Fail at start-up, not at the first request, when the database is unreachable.
  await pool.query('select 1');
  const run =
    (client: pg.Pool | pg.PoolClient) =>
    async <R>(sql: string, params?: readonly unknown[]): Promise<R[]> =>
      (await client.query(sql, params as unknown[] | undefined)).rows as R[];
  const copy = async (client: pg.PoolClient, copySql: string, data: string): Promise<void> => {
    await pipeline(Readable.from([data]), client.query(copyFrom(copySql)));
  };

  return {
    kind: 'postgis',
    query: run(pool),
    async copyFrom(copySql, data) {
      const client = await pool.connect();
      try {
        await copy(client, copySql, data);
      } finally {
        client.release();
      }
    },
    async exec(sql) {
      await pool.query(sql);
    },
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const tx: Queryable = {
          query: run(client),
          copyFrom: (copySql, data) => copy(client, copySql, data),
        };
        const result = await fn(tx);
        await client.query('commit');
        return result;
      } catch (err) {
        await client.query('rollback');
        throw err;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
