import { gzipSync } from 'node:zlib';
import pg from 'pg';
import pino from 'pino';
import { loadConfig } from '../server/config.ts';
import type { Db } from '../server/db/db.ts';
import { createTileService } from '../server/sources/tile-service.ts';
import { startBenchServer } from './bench-server.ts';
import { recordingDb, type RecordedQuery } from './recording-db.ts';
import { ratePerSecond, seededTiles, type TileRequest } from './seeded-tiles.ts';
import { ensureWrk, wrkRate } from './wrk.ts';

/** The region's bounding box (shared/data/raw/INDEX.md). */
const REGION = { west: 14.34, south: 50.47, east: 15.63, north: 51.02 };

export interface ThroughputOptions {
  databaseUrl: string;
  tilesPerSource: number;
  concurrency: number;
  rounds: number;
  /** Length of one round. */
  seconds: number;
  seed: number;
}

export interface SourceSize {
  source: string;
  tiles: number;
  nonEmpty: number;
  maxBytes: number;
  maxGzipBytes: number;
  maxTile: string;
}

export interface ThroughputResult {
  tiles: number;
  concurrency: number;
  rounds: number;
  seconds: number;
  serverTilesPerSecond: number[];
  baselineTilesPerSecond: number[];
  /** Median server throughput over median baseline throughput. */
  ratio: number;
  sizes: SourceSize[];
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2
    ? (s[(s.length - 1) / 2] as number)
    : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2;
};

/** Tile SQL as the server runs it, captured per tile, so the baseline replays exactly the same statements. */
async function captureTileSql(db: Db, tiles: TileRequest[]) {
  const log: RecordedQuery[] = [];
  const service = createTileService({
    db: recordingDb(db, log),
    config: { tileCacheBytes: 0 },
    logger: pino({ level: 'silent' }),
  });
  await service.verify();
  const statements: RecordedQuery[] = [];
  const sizes = new Map<string, SourceSize>();
  for (const t of tiles) {
    const source = service.sources.get(t.source);
    if (!source) throw new Error(`bench: unknown source ${t.source}`);
    log.length = 0;
    const bytes = await source.getTile(t.z, t.x, t.y, {});
    const tileQuery = log.find((q) => /ST_AsMVT\(/i.test(q.sql));
    if (!tileQuery)
      throw new Error(`bench: no ST_AsMVT statement for ${t.source} — is DATABASE_URL real PostGIS?`);
    statements.push(tileQuery);
    const size = sizes.get(t.source) ?? {
      source: t.source,
      tiles: 0,
      nonEmpty: 0,
      maxBytes: 0,
      maxGzipBytes: 0,
      maxTile: '',
    };
    size.tiles++;
    if (bytes && bytes.length) {
      size.nonEmpty++;
      const gz = gzipSync(bytes).length;
      if (bytes.length > size.maxBytes) {
        size.maxBytes = bytes.length;
        size.maxTile = `${t.z}/${t.x}/${t.y}`;
      }
      size.maxGzipBytes = Math.max(size.maxGzipBytes, gz);
    }
    sizes.set(t.source, size);
  }
  return { statements, sizes: [...sizes.values()] };
}

/**
 * Uncached tile throughput of the HTTP server vs a direct `pg` loop running the same tile SQL
 * at the same concurrency on the same PostGIS, alternating rounds so both see the same machine state.
 */
export async function measureTileThroughput(db: Db, options: ThroughputOptions): Promise<ThroughputResult> {
  const config = { ...loadConfig({ DATABASE_URL: options.databaseUrl }), tileCacheBytes: 0 };
  const logger = pino({ level: 'silent' });
  const probe = createTileService({ db, config, logger });
  const infos = [...probe.sources.values()].map((s) => s.info);
  const tiles = seededTiles(infos, REGION, options.tilesPerSource, options.seed);
  const { statements, sizes } = await captureTileSql(db, tiles);

  // The server runs in its own process, as deployed, so that the load generator here does not share its event loop.
  await ensureWrk();
  const server = await startBenchServer(options.databaseUrl, { TILE_CACHE_MB: '0' }, 120_000);
  const base = server.url;
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: config.dbMaxConnections });

  const paths = tiles.map((t) => `/tiles/${t.source}/${t.z}/${t.x}/${t.y}.mvt`);
  const serverRound = () => wrkRate(base, paths, options.concurrency, options.seconds);
  const baselineRound = () =>
    ratePerSecond(statements, options.concurrency, options.seconds * 1000, async (q) => {
      await pool.query(q.sql, q.params as unknown[]);
    });

  try {
    // One warm-up of each so that connections, plans and the OS cache are equally warm.
    await serverRound();
    await baselineRound();
    const serverTps: number[] = [];
    const baselineTps: number[] = [];
    for (let r = 0; r < options.rounds; r++) {
      serverTps.push(await serverRound());
      baselineTps.push(await baselineRound());
    }
    return {
      tiles: tiles.length,
      concurrency: options.concurrency,
      rounds: options.rounds,
      seconds: options.seconds,
      serverTilesPerSecond: serverTps,
      baselineTilesPerSecond: baselineTps,
      ratio: median(serverTps) / median(baselineTps),
      sizes,
    };
  } finally {
    await pool.end();
    server.stop();
  }
}
