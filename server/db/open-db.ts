import type { Db } from './db.ts';
import { openPgDb } from './pg-db.ts';
import { openPgliteDb } from './pglite-db.ts';

export interface DbConfig {
  databaseUrl: string | undefined;
  dataDir: string | undefined;
  statementTimeoutMs: number;
  maxConnections: number;
}

/** Real PostGIS when a URL is configured, otherwise the embedded PGlite + PostGIS. */
export function openDb(config: DbConfig): Promise<Db> {
  return config.databaseUrl
    ? openPgDb({
        connectionString: config.databaseUrl,
        statementTimeoutMs: config.statementTimeoutMs,
        maxConnections: config.maxConnections,
      })
    : openPgliteDb({ dataDir: config.dataDir, statementTimeoutMs: config.statementTimeoutMs });
}
