import { buildApp } from './app.ts';
import { seedEnvToken } from './auth/api-tokens.ts';
import { TOKEN_SCOPES } from './auth/token-hash.ts';
import { ConfigError, loadConfig } from './config.ts';
import { migrate } from './db/migrate.ts';
import { loadBundledDataIfEmpty } from './load-bundled-data.ts';
import { openDb } from './db/open-db.ts';
import { createLogger } from './logger.ts';
import { createTileService } from './sources/tile-service.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const db = await openDb({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    statementTimeoutMs: config.statementTimeoutMs,
    maxConnections: config.dbMaxConnections,
  });
  const applied = await migrate(db);
  if (applied.length) logger.info({ applied }, 'migrations applied');
  await loadBundledDataIfEmpty(db, logger);
  // The deployer's ingest token (hashed; the value itself is never logged).
  if (config.ingest.envToken) await seedEnvToken(db, config.ingest.envToken, TOKEN_SCOPES);
  const tiles = createTileService({ db, config, logger });
  // A catalog that does not match the database fails here, not on some later tile request.
  await tiles.verify();
  const app = buildApp({ config, db, logger, tiles });
  const server = app.listen(config.port, config.host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    console.log(
      `Regiomap is running on ${db.kind === 'pglite' ? 'embedded PGlite' : 'PostGIS'}: open http://localhost:${port}/`,
    );
  });
  const stop = () => server.close(() => void db.close().then(() => process.exit(0)));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error(err instanceof ConfigError ? err.message : `regiomap: ${(err as Error).message}`);
  process.exit(1);
});
