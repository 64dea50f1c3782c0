// Imports a GTFS feed (a .zip or a folder) into the configured database: PostGIS when DATABASE_URL
// is set, otherwise the embedded PGlite in REGIOMAP_DATA_DIR. Migrates first.
//   npx tsx scripts/import-gtfs.ts <feed.zip|folder> [--line-shapes <file.geojson>|--no-line-shapes]
// Tram routes take their lines from the bundled tram shapes unless told otherwise (a same-numbered
// line elsewhere is rejected by the importer's position check). A bad feed: exit 1, one line on
// stderr, then the list of errors (file:line field: message).
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/config.ts';
import type { Db } from '../server/db/db.ts';
import { GtfsFeedError, formatIssue } from '../server/gtfs/gtfs-error.ts';
import { BUNDLED_TRAM_SHAPES, loadPreparedGtfs, prepareGtfs } from '../server/gtfs/import-gtfs.ts';
import { openConfiguredDb } from './open-configured-db.ts';

const USAGE = 'usage: import-gtfs <feed.zip|folder> [--line-shapes <file.geojson> | --no-line-shapes]';

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { 'line-shapes': { type: 'string' }, 'no-line-shapes': { type: 'boolean' } },
  });
  const [feed] = positionals;
  if (!feed || positionals.length > 1) throw new Error(USAGE);
  // Validate before opening the database, so that a bad feed fails at once.
  const prepared = await prepareGtfs(feed, {
    lineShapes: values['no-line-shapes'] ? null : (values['line-shapes'] ?? BUNDLED_TRAM_SHAPES),
  });
  const config = loadConfig();
  let db: Db | undefined;
  try {
    db = await openConfiguredDb(config);
    const progress = process.stdout.isTTY
      ? (table: string, done: number, total: number) =>
          process.stdout.write(`\rimport-gtfs: ${table.padEnd(16)} ${done}/${total}`.padEnd(60))
      : undefined;
    const result = await loadPreparedGtfs(db, prepared, { onProgress: progress });
    if (progress) process.stdout.write('\n');
    const c = result.counts;
    console.log(
      `import-gtfs: ${db.kind === 'postgis' ? 'PostGIS' : `PGlite in ${config.dataDir}`}: feed #${result.feedId}, ` +
        `gtfs v${result.version}: ${c.agencies} agencies, ${c.routes} routes, ${c.stops} stops, ${c.trips} trips, ` +
        `${c.stop_times} stop times, ${c.calendar} + ${c.calendar_dates} calendar rows; route lines: ` +
        `${result.routeGeomSources.tram_shapes} from line shapes, ${result.routeGeomSources.stop_sequence} stop to stop`,
    );
    console.log(
      `import-gtfs: read+validate ${result.ms.read} ms, load ${result.ms.load} ms ` +
        `(stop_times ${result.stopTimesPerSecond.insert}/s inserted, ${result.stopTimesPerSecond.overall}/s overall)`,
    );
    for (const w of result.warnings) console.log(`import-gtfs: warning: ${w}`);
  } finally {
    await db?.close();
  }
}

main().catch((err: unknown) => {
  if (process.stdout.isTTY) process.stdout.write('\n');
  console.error(`import-gtfs: ${(err as Error)?.message?.split('\n')[0] ?? String(err)}`);
  if (err instanceof GtfsFeedError) {
    for (const issue of err.issues) console.error(`  ${formatIssue(issue)}`);
    if (err.total > err.issues.length) console.error(`  … and ${err.total - err.issues.length} more`);
  }
  process.exit(1);
});
