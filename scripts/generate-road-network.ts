// Generates the MODEL road network from the bundled data and stores it (source = 'model'),
// replacing a previous model network: PostGIS when DATABASE_URL is set, otherwise the embedded
// PGlite in REGIOMAP_DATA_DIR. Migrates first. Refuses when imported (real) roads are loaded.
// Exit 0 with a summary; on failure ONE line "generate-road-network: <problem>", exit 1.
import { loadConfig } from '../server/config.ts';
import type { Db } from '../server/db/db.ts';
import { loadModelNetwork } from '../server/network/load-model-network.ts';
import { openConfiguredDb } from './open-configured-db.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  let db: Db | undefined;
  try {
    db = await openConfiguredDb(config);
    const r = await loadModelNetwork(db);
    const [largest = 0, ...rest] = r.stats.components;
    console.log(
      `generate-road-network: model network v${r.version}: ${r.nodes} nodes, ${r.segments} segments ` +
        `(${r.stats.stopNodes} stop, ${r.stats.municipalityNodes} municipality, ${r.stats.motorwayNodes} motorway nodes; ` +
        `largest component ${largest}/${r.nodes}, ${rest.length} others) in ${(r.ms / 1000).toFixed(1)} s`,
    );
  } finally {
    await db?.close();
  }
}

main().catch((err: unknown) => {
  console.error(`generate-road-network: ${(err as Error)?.message?.split('\n')[0] ?? String(err)}`);
  process.exit(1);
});
