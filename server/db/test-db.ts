import pg from 'pg';
import type { Db } from './db.ts';
import { migrate } from './migrate.ts';
import { openDb } from './open-db.ts';

/**
 * The database a db test runs against, fresh for every call and migrated: an in-memory PGlite, or,
 * when DATABASE_URL is set (the CI run), a new database created beside that one on the same PostGIS
 * server and dropped on close — so that test files never see each other's rows on either backend.
 */
export async function openTestDb(): Promise<Db> {
  const base = process.env.DATABASE_URL;
  if (!base) return migrated(await openDb({ databaseUrl: undefined, dataDir: undefined, ...LIMITS }));
  const url = new URL(base);
  const name = `${url.pathname.slice(1)}_t${process.pid}_${Date.now().toString(36)}_${++created}`;
  await admin(base, `create database "${name}"`);
  const db = await openDb({
    databaseUrl: Object.assign(new URL(base), { pathname: `/${name}` }).toString(),
    dataDir: undefined,
    ...LIMITS,
  });
  return migrated({
    ...db,
    async close() {
      await db.close();
      await admin(base, `drop database if exists "${name}"`);
    },
  });
}

const LIMITS = { statementTimeoutMs: 60_000, maxConnections: 4 };
let created = 0;

async function migrated(db: Db): Promise<Db> {
  await migrate(db);
  return db;
}

/** Runs one statement on the server's `postgres` database (create/drop database cannot run in the test one). */
async function admin(base: string, sql: string): Promise<void> {
  const client = new pg.Client({
    connectionString: Object.assign(new URL(base), { pathname: '/postgres' }).toString(),
  });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
