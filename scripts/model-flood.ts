// Rewrites the flood gauge readings MODEL (server/flood/model/, seeded) through the readings ingest,
// replacing the stored readings and alerts. Uses PostGIS when DATABASE_URL is set, otherwise the
// embedded PGlite in REGIOMAP_DATA_DIR. Migrates first.
//   npm run flood:model
import { loadConfig } from '../server/config.ts';
import type { Db } from '../server/db/db.ts';
import { FLOOD_SQL } from '../server/flood/flood-sql.ts';
import { rewriteFloodModel } from '../server/flood/load-flood-model.ts';
import { openConfiguredDb } from './open-configured-db.ts';

async function main(): Promise<void> {
  if (process.argv.length > 2) throw new Error('usage: model-flood (no arguments)');
  const config = loadConfig();
  let db: Db | undefined;
  try {
    db = await openConfiguredDb(config);
    const r = await rewriteFloodModel(db);
    const [alerts] = await db.query<{ n: number; open: number }>(FLOOD_SQL.countAlerts);
    console.log(
      `model-flood: ${db.kind === 'postgis' ? 'PostGIS' : `PGlite in ${config.dataDir}`}: ${r.gauges} gauges, ` +
        `${r.written} readings written, ${alerts?.n ?? 0} alerts (${alerts?.open ?? 0} open), ${r.ms} ms`,
    );
  } finally {
    await db?.close();
  }
}

main().catch((err: unknown) => {
  console.error(`model-flood: ${(err as Error)?.message?.split('\n')[0] ?? String(err)}`);
  process.exit(1);
});
