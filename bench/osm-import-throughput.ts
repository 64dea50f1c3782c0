// Import throughput of the OSM road importer on a synthetic n × n street grid (seedless: the grid is
// fully determined by n), written as OSM XML and converted to PBF by osmium:
//   npx tsx bench/osm-import-throughput.ts [n=200] [postgres://…]
// Imports the PBF and the XML into an in-memory PGlite and, when a URL is given (or DATABASE_URL is
// set), into that PostGIS database — whose road network it REPLACES, so use a scratch database.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Db } from '../server/db/db.ts';
import { migrate } from '../server/db/migrate.ts';
import { openDb } from '../server/db/open-db.ts';
import { gridFixture, requireOsmium, writeOsmFixture } from '../server/roads/fixtures/osm-fixture.ts';
import { importOsmRoads, type ImportPhase } from '../server/roads/import-osm-roads.ts';

async function measure(db: Db, file: string) {
  const started = performance.now();
  const phaseStart = new Map<ImportPhase, number>();
  const result = await importOsmRoads(db, file, {
    clip: { kind: 'none' },
    onProgress: (p) => {
      if (!phaseStart.has(p.phase)) phaseStart.set(p.phase, performance.now());
    },
  });
  const ended = performance.now();
  const at = (phase: ImportPhase) => phaseStart.get(phase) ?? ended;
  const s = (ms: number) => (ms / 1000).toFixed(2);
  return {
    segments: result.segments,
    seconds: s(ended - started),
    readWays: s(at('read nodes') - started),
    readNodesAndTopology: s(at('write') - at('read nodes')),
    write: s(ended - at('write')),
    segmentsPerSecond: Math.round(result.segments / ((ended - started) / 1000)),
  };
}

async function main() {
  const n = Number(process.argv[2] ?? 200);
  const url = process.argv[3] ?? process.env.DATABASE_URL;
  requireOsmium();
  const dir = await mkdtemp(path.join(tmpdir(), 'regiomap-grid-'));
  try {
    const files = await writeOsmFixture(path.join(dir, `grid${n}`), gridFixture(n));
    const targets = [{ name: 'PGlite', databaseUrl: undefined as string | undefined }];
    if (url) targets.push({ name: 'PostGIS', databaseUrl: url });
    for (const target of targets) {
      const db = await openDb({
        databaseUrl: target.databaseUrl,
        dataDir: undefined,
        statementTimeoutMs: 600_000,
        maxConnections: 2,
      });
      try {
        await migrate(db);
        for (const [format, file] of [
          ['pbf', files.pbf],
          ['xml', files.xml],
        ] as const) {
          // The first run warms the code paths; the second is the one reported.
          await measure(db, file);
          console.log(JSON.stringify({ db: target.name, grid: n, format, ...(await measure(db, file)) }));
        }
      } finally {
        await db.close();
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(`bench osm-import: ${(err as Error).message}`);
  process.exit(1);
});
