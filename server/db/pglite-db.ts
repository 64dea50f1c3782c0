import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { postgis } from '@electric-sql/pglite-postgis';
import type { Db } from './db.ts';

export interface PgliteDbOptions {
  /** Directory that persists the database; undefined keeps it in memory (tests). */
  dataDir: string | undefined;
  statementTimeoutMs: number;
  /** A data-directory dump (PGlite `dumpDataDir`) to start from instead of an empty database. */
  loadDataDir?: Blob;
}

/** A Db over PGlite that also hands out the PGlite itself (tests dump and copy databases). */
export interface PgliteDb extends Db {
  readonly lite: PGlite;
}

export async function openPgliteDb(options: PgliteDbOptions): Promise<PgliteDb> {
  // PGlite creates the data directory itself but not its parents (a fresh clone has no .regiomap/).
  if (options.dataDir) await mkdir(options.dataDir, { recursive: true });
  const lite = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    extensions: { postgis },
  });
  await lite.exec(`set statement_timeout = ${Math.trunc(options.statementTimeoutMs)}`);
  return {
    kind: 'pglite',
    lite,
    async query<R>(sql: string, params?: readonly unknown[]) {
      return (await lite.query<R>(sql, params as unknown[] | undefined)).rows;
    },
    copyFrom: (copySql, data) => copyBlob(lite, copySql, data),
    async exec(sql) {
      await lite.exec(sql);
    },
    transaction: (fn) =>
      lite.transaction((tx) =>
        fn({
          query: async <R>(sql: string, params?: readonly unknown[]) =>
            (await tx.query<R>(sql, params as unknown[] | undefined)).rows,
          copyFrom: (copySql, data) => copyBlob(tx, copySql, data),
        }),
      ),
    close: () => lite.close(),
  };
}

/** PGlite reads COPY input from its virtual /dev/blob device, handed over as the query's `blob` option. */
async function copyBlob(target: Pick<PGlite, 'query'>, copySql: string, data: string): Promise<void> {
  const sql = copySql.replace(/\bfrom\s+stdin\b/i, "from '/dev/blob'");
  if (sql === copySql) throw new Error('copyFrom expects a "copy … from stdin" statement');
  await target.query(sql, [], { blob: new Blob([data]) });
}
