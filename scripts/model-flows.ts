// Computes the commuter-flow MODEL (gravity model on road travel times, server/flows/flow-model.ts) and
// stores it with source = 'model', replacing the previous model rows (ČSÚ rows stay). Uses PostGIS when
// DATABASE_URL is set, otherwise the embedded PGlite in REGIOMAP_DATA_DIR. Migrates first.
//   npx tsx scripts/model-flows.ts
import { loadConfig } from '../server/config.ts';
import type { Db } from '../server/db/db.ts';
import { loadModelFlows } from '../server/flows/load-model-flows.ts';
import { openConfiguredDb } from './open-configured-db.ts';

async function main(): Promise<void> {
  if (process.argv.length > 2) throw new Error('usage: model-flows (no arguments)');
  const config = loadConfig();
  let db: Db | undefined;
  try {
    db = await openConfiguredDb(config);
    const r = await loadModelFlows(db);
    const t = (v: number) => Math.round(v).toLocaleString('en');
    console.log(
      `model-flows: ${db.kind === 'postgis' ? 'PostGIS' : `PGlite in ${config.dataDir}`}: ${r.zones} municipalities` +
        `${r.snapped ? ` (${r.snapped} snapped to the nearest node)` : ''}, ${r.flows} flows stored, od-flows v${r.version}, ${r.ms} ms`,
    );
    for (const purpose of ['work', 'school', 'total'] as const) {
      const x = r.totals[purpose];
      console.log(
        `model-flows: ${purpose.padEnd(6)} ${t(x.origins)} commuters, ${t(x.between)} to another municipality, ${t(x.internal)} within`,
      );
    }
  } finally {
    await db?.close();
  }
}

main().catch((err: unknown) => {
  console.error(`model-flows: ${(err as Error)?.message?.split('\n')[0] ?? String(err)}`);
  process.exit(1);
});
