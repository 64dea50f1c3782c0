// npm run bench: measures against real PostGIS (DATABASE_URL, or a local `regiomap_bench` database it
// creates) and writes bench/results/latest.{json,md}. Figures are ratios against a baseline on the same machine.
// BENCH_ONLY=tiles|imports|heritage|flood runs one part; the report then keeps the other parts' previous figures.
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
  measured?: { throughput?: string; imports?: string; heritageSearch?: string; floodStatus?: string };
  throughput?: ThroughputResult;
  imports?: ImportsResult;
  heritageSearch?: HeritageSearchResult;
  floodStatus?: FloodStatusBenchResult;
}

async function previousResults(): Promise<Results | undefined> {
  try {
    return JSON.parse(await readFile(path.join(RESULTS, 'latest.json'), 'utf8')) as Results;
  } catch {
    return undefined;
  }
}

function markdown(r: Results): string {
  const at = (part: 'throughput' | 'imports' | 'heritageSearch' | 'floodStatus') =>
    r.measured?.[part] ?? r.when;
  const parts = [`# Regiomap benchmark (${r.when})\n`];
  if (r.throughput) parts.push(`_Tiles measured ${at('throughput')}._\n\n${tilesMarkdown(r.throughput)}`);
  if (r.imports) parts.push(`_Imports measured ${at('imports')}._\n\n${importsMarkdown(r.imports)}`);
  if (r.heritageSearch)
    parts.push(
      `_Heritage search measured ${at('heritageSearch')}._\n\n${heritageSearchMarkdown(r.heritageSearch)}`,
    );
  if (r.floodStatus)
    parts.push(`_Flood status measured ${at('floodStatus')}._\n\n${floodStatusMarkdown(r.floodStatus)}`);
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

async function main(): Promise<void> {
  const only = process.env.BENCH_ONLY ?? 'all';
  if (!['all', 'tiles', 'imports', 'heritage', 'flood'].includes(only))
    throw new Error(`BENCH_ONLY must be tiles, imports, heritage or flood, not ${JSON.stringify(only)}`);
  const databaseUrl = process.env.DATABASE_URL ?? DEFAULT_URL;
  const when = new Date().toISOString();
  const results: Results = { ...(await previousResults()), when };
  const measured = { ...results.measured };
  if (only === 'all' || only === 'tiles') {
    await ensureDatabase(databaseUrl);
    results.throughput = await measureTiles(databaseUrl);
    measured.throughput = when;
  }
  if (only === 'all' || only === 'heritage') {
    // The server under test loads the bundled data into this database on start when it is empty.
    await ensureDatabase(databaseUrl);
    results.heritageSearch = await measureHeritageSearch({
      databaseUrl,
      passes: Number(process.env.BENCH_HERITAGE_PASSES ?? 20),
      rounds: 5,
    });
    measured.heritageSearch = when;
  }
  if (only === 'all' || only === 'flood') {
    // As for heritage: the server under test loads the bundled data (and the flood model) when empty.
    await ensureDatabase(databaseUrl);
    results.floodStatus = await measureFloodStatus({
      databaseUrl,
      seconds: Number(process.env.BENCH_SECONDS ?? 5),
      connections: Number(process.env.BENCH_CONCURRENCY ?? 8),
      rounds: 5,
      exposureRequests: 20,
    });
    measured.floodStatus = when;
  }
  if (only === 'all' || only === 'imports') {
    const scratchUrl = importScratchUrl(databaseUrl);
    await ensureDatabase(scratchUrl);
    results.imports = await measureImports(scratchUrl, {
      grid: Number(process.env.BENCH_OSM_GRID ?? 200),
      seed: 20261122,
      rounds: Number(process.env.BENCH_IMPORT_ROUNDS ?? 5),
    });
    measured.imports = when;
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
