// npm run migrate: applies pending migrations to the configured database (PostGIS or embedded PGlite).
import { loadConfig } from '../server/config.ts';
import { migrate } from '../server/db/migrate.ts';
import { openDb } from '../server/db/open-db.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  const db = await openDb({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    statementTimeoutMs: config.statementTimeoutMs,
    maxConnections: 1,
  });
  try {
    const applied = await migrate(db);
    console.log(applied.length ? `migrate: applied ${applied.join(', ')}` : 'migrate: up to date');
  } finally {
    await db.close();
  }
}

main().catch((err: unknown) => {
  console.error(`migrate: ${(err as Error).message.split('\n')[0]}`);
  process.exit(1);
});
