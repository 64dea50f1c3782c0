// The import benchmarks of `npm run bench`: OSM roads and GTFS, each against command-line loaders
// of the same file into the same PostGIS, run in a scratch database (`<bench db>_import`) because
// our importers replace the road network and the GTFS feed there.
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { migrate } from '../server/db/migrate.ts';
import { openDb } from '../server/db/open-db.ts';
import { measureGtfsImport, type GtfsImportBench } from './gtfs-import-throughput.ts';
import { pgTarget, type ContenderResult } from './import-tools.ts';
import { measureOsmImport, type OsmImportBench } from './osm-import-throughput.ts';

export interface ImportsResult {
  database: string;
  /** 1-minute load average before and after, as a hint of how much else ran on the machine. */
  loadAverage: [number, number];
  osm: OsmImportBench;
  gtfs: GtfsImportBench;
}

/** The scratch database next to the bench's: same server, name + `_import`. */
export function importScratchUrl(benchUrl: string): string {
  const u = new URL(benchUrl);
  u.pathname = `${u.pathname}_import`;
  return u.toString();
}

export async function measureImports(
  scratchUrl: string,
  options: { grid: number; seed: number; rounds: number },
): Promise<ImportsResult> {
  const db = await openDb({
    databaseUrl: scratchUrl,
    dataDir: undefined,
    statementTimeoutMs: 600_000,
    maxConnections: 2,
  });
  const workDir = await mkdtemp(path.join(tmpdir(), 'regiomap-bench-import-'));
  try {
    await migrate(db);
    const loadBefore = loadavg()[0] ?? 0;
    const target = pgTarget(scratchUrl);
    const osm = await measureOsmImport(db, target, { ...options, workDir });
    const gtfs = await measureGtfsImport(db, target, options);
    return { database: target.database, loadAverage: [loadBefore, loadavg()[0] ?? 0], osm, gtfs };
  } finally {
    await db.close();
    await rm(workDir, { recursive: true, force: true });
  }
}

const int = (x: number) => Math.round(x).toLocaleString('en-US');

/** A loaders table; `input` adds a column of input units per second (the same count for every loader). */
function table(
  rows: ContenderResult[],
  unit: string,
  ratios: Record<string, number>,
  input?: { unit: string; count: number },
): string {
  const extra = input ? ` input ${input.unit}/s |` : '';
  const head = `| loader | ${unit} loaded | seconds per round | median s | ${unit}/s |${extra} our time / its time |\n|---|---|---|---|---|${input ? '---|' : ''}---|`;
  const body = rows.map((c) => {
    const ratio = ratios[c.id];
    const inputRate = input ? ` ${int(input.count / c.medianSeconds)} |` : '';
    return `| ${c.label} | ${int(c.features)} | ${c.seconds.map((s) => s.toFixed(2)).join(', ')} | ${c.medianSeconds.toFixed(2)} | ${int(c.featuresPerSecond)} |${inputRate} ${ratio === undefined ? '—' : `**${ratio.toFixed(2)}**`} |`;
  });
  return [head, ...body].join('\n');
}

const commands = (rows: ContenderResult[]) => rows.map((c) => `- ${c.label}:\n  \`${c.command}\``).join('\n');

export function importsMarkdown(r: ImportsResult): string {
  const { osm, gtfs } = r;
  const ours = osm.contenders[0];
  const gtfsOurs = gtfs.contenders[0];
  const p = gtfs.ourPhases;
  return `## Import throughput on real PostGIS

Scratch database \`${r.database}\` on the bench's server. ${osm.rounds} alternating rounds per loader after one warm-up run each; medians. The machine has 2 cores and runs PostgreSQL too, so expect ±10–20 % between runs (more when other work runs: 1-minute load average ${r.loadAverage[0].toFixed(1)} before, ${r.loadAverage[1].toFixed(1)} after). Times include process start-up for the command-line tools (≈ 0.1 s) and the in-process call for ours.

### OpenStreetMap roads

Input: a synthetic ${osm.grid} × ${osm.grid} street grid (${int(osm.osmNodes)} nodes, ${int(osm.osmWays)} ways of ${osm.grid} nodes; node positions jittered with seed ${osm.seed}), written as OSM XML and converted by \`osmium cat\` to a ${(osm.pbfBytes / 1024).toFixed(0)} KB .osm.pbf; every loader reads that same PBF.

**Not the same work:** our importer splits the ways at shared nodes into ${int(ours?.features ?? 0)} routable segments with nodes, classes, speeds and oneway, writes \`transport.road_nodes\` / \`road_segments\` with their indexes and checks connectivity, in one transaction; osm2pgsql and ogr2ogr load each way as one linestring (${int(osm.osmWays)} rows) with a spatial index and build no topology. So the features/s columns count different things (segments vs ways); the time ratio for the same input file is the comparable figure.

${table(osm.contenders, 'features', osm.timeRatios, { unit: 'ways', count: osm.osmWays })}

Our phases in the last round: read ways ${osm.ourPhases.readWays.toFixed(2)} s, read nodes + topology ${osm.ourPhases.readNodesAndTopology.toFixed(2)} s, write ${osm.ourPhases.write.toFixed(2)} s.

${commands(osm.contenders)}

### GTFS (bundled DPMLJ feed)

Input: \`${gtfs.feed}\`. Our importer reads the zip, validates every file, and loads agencies, stops, routes, trips (with derived first/last times), stop_times, calendars and route lines in one transaction; the baselines load only \`stop_times.txt\` (straight from the same zip). Our import's median parts: reading and validating the zip ${p.readSeconds.toFixed(2)} s, the transaction ${p.transactionSeconds.toFixed(2)} s, of which the stop_times INSERT statements ${p.stopTimesInsertSeconds.toFixed(2)} s (${int((gtfsOurs?.features ?? 0) / p.stopTimesInsertSeconds)} stop_times/s; that alone / ogr2ogr: **${gtfs.insertRatios.ogr2ogr?.toFixed(2)}**, / psql \\copy: **${gtfs.insertRatios['psql-copy']?.toFixed(2)}**).

${table(gtfs.contenders, 'stop_times', gtfs.timeRatios)}

${commands(gtfs.contenders)}
`;
}
