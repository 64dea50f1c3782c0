// npm run bench: measures against real PostGIS (DATABASE_URL, or a local `regiomap_bench` database it
// creates) and writes bench/results/latest.{json,md}. Figures are ratios against a baseline on the same machine.
// BENCH_ONLY=tiles|imports|heritage|flood|energy|ingest runs one part; the report keeps the others' previous figures.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import pino from 'pino';
import { migrate } from '../server/db/migrate.ts';
import { openDb } from '../server/db/open-db.ts';
import { loadBundledDataIfEmpty } from '../server/load-bundled-data.ts';
import {
  importScratchUrl,
  importsMarkdown,
  measureImports,
  type ImportsResult,
} from './import-throughput.ts';
import { measureTileThroughput, type ThroughputResult } from './tile-throughput.ts';
import { floodStatusMarkdown, measureFloodStatus, type FloodStatusBenchResult } from './flood-status.ts';
import { energyRankingMarkdown, measureEnergyRanking, type EnergyRankingResult } from './energy-ranking.ts';
import {
  ingestThroughputMarkdown,
  measureIngestThroughput,
  type IngestBenchResult,
} from './ingest-throughput.ts';
import {
  heritageSearchMarkdown,
  measureHeritageSearch,
  type HeritageSearchResult,
} from './heritage-search.ts';

const DEFAULT_URL = 'postgres://root@127.0.0.1:5432/regiomap_bench';
const RESULTS = path.join(import.meta.dirname, 'results');

async function ensureDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  const admin = new pg.Client({
    connectionString: Object.assign(new URL(url), { pathname: '/postgres' }).toString(),
  });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) await admin.query(`create database "${name.replaceAll('"', '""')}"`);
  } finally {
    await admin.end();
  }
}

function tilesMarkdown(r: ThroughputResult): string {
  const fmt = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
  const rows = r.sizes
    .map(
      (s) =>
        `| ${s.source} | ${s.tiles} | ${s.nonEmpty} | ${(s.maxBytes / 1024).toFixed(1)} | ${(s.maxGzipBytes / 1024).toFixed(1)} | ${s.maxTile} | ${s.maxBytes <= 500 * 1024 ? 'yes' : '**no**'} |`,
    )
    .join('\n');
  return `## Uncached tile throughput on real PostGIS

${r.tiles} distinct seeded tiles over all sources, cycled for ${r.seconds} s per round at concurrency ${r.concurrency}, ${r.rounds} alternating rounds after a warm-up. Load generator: wrk (one thread, keep-alive, \`Accept-Encoding: gzip\`); baseline: a \`pg.Pool\` loop in Node replaying the SQL statements the server ran for the same tiles.

| | tiles/s per round | median |
|---|---|---|
| server (own process, HTTP, gzip, cache off) | ${fmt(r.serverTilesPerSecond)} | ${[...r.serverTilesPerSecond].sort((a, b) => a - b)[Math.floor(r.rounds / 2)]?.toFixed(0)} |
| baseline: direct \`pg\` loop, same SQL | ${fmt(r.baselineTilesPerSecond)} | ${[...r.baselineTilesPerSecond].sort((a, b) => a - b)[Math.floor(r.rounds / 2)]?.toFixed(0)} |

**Ratio server / baseline: ${r.ratio.toFixed(2)}** (target ≥ 0.8)

## Largest tile per source (over the seeded tiles)

| source | tiles | non-empty | max KB | max KB gzip | tile | ≤ 500 KB |
|---|---|---|---|---|---|---|
${rows}
`;
}

interface Results {
  when: string;
  /** When each part was last measured. */
  measured?: Partial<Record<Part, string>>;
  throughput?: ThroughputResult;
  imports?: ImportsResult;
  heritageSearch?: HeritageSearchResult;
  floodStatus?: FloodStatusBenchResult;
  energyRanking?: EnergyRankingResult;
  ingest?: IngestBenchResult;
}

type Part = 'throughput' | 'imports' | 'heritageSearch' | 'floodStatus' | 'energyRanking' | 'ingest';

async function previousResults(): Promise<Results | undefined> {
  try {
    return JSON.parse(await readFile(path.join(RESULTS, 'latest.json'), 'utf8')) as Results;
  } catch {
    return undefined;
  }
}

function markdown(r: Results): string {
  const at = (part: Part) => r.measured?.[part] ?? r.when;
  const parts = [`# Regiomap benchmark (${r.when})\n`];
  const section = (title: string, part: Part, body: string | undefined) => {
    if (body) parts.push(`_${title} measured ${at(part)}._\n\n${body}`);
  };
  section('Tiles', 'throughput', r.throughput && tilesMarkdown(r.throughput));
  section('Imports', 'imports', r.imports && importsMarkdown(r.imports));
  section('Heritage search', 'heritageSearch', r.heritageSearch && heritageSearchMarkdown(r.heritageSearch));
  section('Flood status', 'floodStatus', r.floodStatus && floodStatusMarkdown(r.floodStatus));
  section('Energy ranking', 'energyRanking', r.energyRanking && energyRankingMarkdown(r.energyRanking));
  section('Readings ingest', 'ingest', r.ingest && ingestThroughputMarkdown(r.ingest));
  return parts.join('\n');
}

async function measureTiles(databaseUrl: string): Promise<ThroughputResult> {
  const db = await openDb({
    databaseUrl,
    dataDir: undefined,
    statementTimeoutMs: 60_000,
    maxConnections: 10,
  });
  try {
    await migrate(db);
    await loadBundledDataIfEmpty(db, pino({ level: 'silent' }));
    return await measureTileThroughput(db, {
      databaseUrl,
      tilesPerSource: Number(process.env.BENCH_TILES_PER_SOURCE ?? 150),
      concurrency: Number(process.env.BENCH_CONCURRENCY ?? 8),
      rounds: 5,
      seconds: Number(process.env.BENCH_SECONDS ?? 5),
      seed: 20261122,
    });
  } finally {
    await db.close();
  }
}

/** A database beside the bench one, for parts that need data of their own. */
const sibling = (url: string, suffix: string) => {
  const u = new URL(url);
  u.pathname = `${u.pathname}_${suffix}`;
  return u.toString();
};

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

/** Each part: where its figures go in the report and how to measure them. */
const PARTS: Record<string, { key: Part; run: (databaseUrl: string) => Promise<unknown> }> = {
  tiles: { key: 'throughput', run: measureTiles },
  // The servers under test load the bundled data into the bench database on start when it is empty.
  heritage: {
    key: 'heritageSearch',
    run: (databaseUrl) =>
      measureHeritageSearch({ databaseUrl, passes: env('BENCH_HERITAGE_PASSES', 20), rounds: 5 }),
  },
  flood: {
    key: 'floodStatus',
    run: (databaseUrl) =>
      measureFloodStatus({
        databaseUrl,
        seconds: env('BENCH_SECONDS', 5),
        connections: env('BENCH_CONCURRENCY', 8),
        rounds: 5,
        exposureRequests: 20,
      }),
  },
  // Loads only the energy model into a database of its own.
  energy: {
    key: 'energyRanking',
    run: async (databaseUrl) => {
      const url = sibling(databaseUrl, 'energy');
      await ensureDatabase(url);
      return measureEnergyRanking({ databaseUrl: url, requests: env('BENCH_RANKING_REQUESTS', 200) });
    },
  },
  // Empties energy.readings of its own scratch database each round.
  ingest: {
    key: 'ingest',
    run: async (databaseUrl) => {
      const url = sibling(databaseUrl, 'ingest');
      await ensureDatabase(url);
      return measureIngestThroughput({
        databaseUrl: url,
        meters: 20,
        days: 31,
        batchRows: 10_000,
        rounds: env('BENCH_INGEST_ROUNDS', 3),
        seed: 20261122,
      });
    },
  },
  imports: {
    key: 'imports',
    run: async (databaseUrl) => {
      const scratchUrl = importScratchUrl(databaseUrl);
      await ensureDatabase(scratchUrl);
      return measureImports(scratchUrl, {
        grid: env('BENCH_OSM_GRID', 200),
        seed: 20261122,
        rounds: env('BENCH_IMPORT_ROUNDS', 5),
      });
    },
  },
};

async function main(): Promise<void> {
  const only = process.env.BENCH_ONLY ?? 'all';
  if (only !== 'all' && !(only in PARTS))
    throw new Error(
      `BENCH_ONLY must be one of ${Object.keys(PARTS).join(', ')}, not ${JSON.stringify(only)}`,
    );
  const databaseUrl = process.env.DATABASE_URL ?? DEFAULT_URL;
  const when = new Date().toISOString();
  const results: Results = { ...(await previousResults()), when };
  const measured = { ...results.measured };
  await ensureDatabase(databaseUrl);
  for (const [name, part] of Object.entries(PARTS)) {
    if (only !== 'all' && only !== name) continue;
    console.error(`bench: ${name}…`);
    (results as unknown as Record<Part, unknown>)[part.key] = await part.run(databaseUrl);
    measured[part.key] = when;
  }
  results.measured = measured;
  await mkdir(RESULTS, { recursive: true });
  await writeFile(path.join(RESULTS, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  const md = markdown(results);
  await writeFile(path.join(RESULTS, 'latest.md'), md);
  console.log(md);
}

main().catch((err: unknown) => {
  console.error(`bench: ${(err as Error).message}`);
  process.exit(1);
});
