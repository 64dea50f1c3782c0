// Models the traffic intensity on the stored road network (gravity model + all-or-nothing assignment,
// source = 'model', replacing the previous model rows) and (re)loads the night accidents joined to the
// network: PostGIS when DATABASE_URL is set, otherwise the embedded PGlite in REGIOMAP_DATA_DIR.
// Migrates first; needs the municipalities and a road network (npm run data:load, roads:model).
// Exit 0 with a summary; on failure ONE line "model-traffic: <problem>", exit 1.
import { loadConfig } from '../server/config.ts';
import type { Db } from '../server/db/db.ts';
import { loadAccidents } from '../server/traffic/load-accidents.ts';
import { loadTrafficModel } from '../server/traffic/load-traffic-model.ts';
import { openConfiguredDb } from './open-configured-db.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  let db: Db | undefined;
  try {
    db = await openConfiguredDb(config);
    const t = await loadTrafficModel(db);
    const loaded = t.segments.filter((s) => s.weekday > 0).length;
    const maxAadt = Math.max(...t.segments.map((s) => s.aadt));
    console.log(
      `model-traffic: traffic model v${t.version}: ${t.zones} municipalities (${t.population} inhabitants), ` +
        `${Math.round(t.totalTrips)} car trips per working day, β ${t.betaPerMinute.toFixed(4)}/min, ` +
        `mean trip ${t.meanMinutes.toFixed(1)} min; ${loaded}/${t.segments.length} segments loaded, ` +
        `max AADT ${Math.round(maxAadt)}; ${t.rows} rows in ${(t.ms / 1000).toFixed(1)} s`,
    );
    const a = await loadAccidents(db);
    console.log(
      `model-traffic: ${a.accidents} night accidents v${a.version}, ${a.joined} ` +
        `(${((100 * a.joined) / Math.max(1, a.accidents)).toFixed(1)} %) joined to a segment in ${(a.ms / 1000).toFixed(1)} s`,
    );
  } finally {
    await db?.close();
  }
}

main().catch((err: unknown) => {
  console.error(`model-traffic: ${(err as Error)?.message?.split('\n')[0] ?? String(err)}`);
  process.exit(1);
});
