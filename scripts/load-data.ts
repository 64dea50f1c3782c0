// Loads the bundled datasets into the configured database (npm run data:load): PostGIS when
// DATABASE_URL is set, otherwise the embedded PGlite in REGIOMAP_DATA_DIR. Migrates first.
// Exit 0 with one line per dataset; on failure ONE line "data:load: <dataset>: <problem>", exit 1.
import { loadConfig } from '../server/config.ts';
import type { Db } from '../server/db/db.ts';
import { migrate } from '../server/db/migrate.ts';
import { openDb } from '../server/db/open-db.ts';
import { DatasetError } from '../server/ingest/dataset-error.ts';
import { loadAll } from '../server/ingest/load-all.ts';

async function main(): Promise<void> {
  const started = performance.now();
  const config = loadConfig();
  let db: Db | undefined;
  try {
    db = await openDb({
      databaseUrl: config.databaseUrl,
      dataDir: config.dataDir,
      statementTimeoutMs: config.statementTimeoutMs,
      maxConnections: 2,
    });
    const where = config.databaseUrl ? 'PostGIS' : `PGlite in ${config.dataDir}`;
    const applied = await migrate(db);
    console.log(`data:load: ${where}; migrations applied: ${applied.length ? applied.join(', ') : 'none'}`);
    const results = await loadAll(db, {
      onStart: (d, i, n) =>
        process.stdout.write(
          `[${String(i).padStart(String(n).length)}/${n}] ${d.id.padEnd(15)} → ${d.table.padEnd(24)} `,
        ),
      onLoaded: (r) =>
        console.log(
          `${String(r.rows).padStart(5)} rows  v${r.version}  ${String(r.ms).padStart(6)} ms` +
            (r.repaired ? `  (${r.repaired} geometries made valid)` : ''),
        ),
    });
    const rows = results.reduce((sum, r) => sum + r.rows, 0);
    console.log(
      `data:load: ${results.length} datasets, ${rows} rows in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  } finally {
    await db?.close();
  }
}

main().catch((err: unknown) => {
  const problem = (err as Error)?.message?.split('\n')[0] ?? String(err);
  // The progress line may be half-written; start the error on a line of its own.
  process.stdout.write('\n');
  console.error(
    err instanceof DatasetError ? `data:load: ${err.dataset}: ${problem}` : `data:load: ${problem}`,
  );
  process.exit(1);
});
