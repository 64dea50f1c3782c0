import type { Db } from './db.ts';
import { migrate } from './migrate.ts';
import { openDb } from './open-db.ts';

/**
 * The database a db test runs against: real PostGIS when DATABASE_URL is set (the CI run),
 * otherwise a fresh in-memory PGlite. Migrations are applied; the caller closes it.
 */
export async function openTestDb(): Promise<Db> {
  const db = await openDb({
    databaseUrl: process.env.DATABASE_URL,
    dataDir: undefined,
    statementTimeoutMs: 60_000,
    maxConnections: 4,
  });
  await migrate(db);
  return db;
}
