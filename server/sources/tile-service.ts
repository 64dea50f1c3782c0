import type { Logger } from 'pino';
import { gzipBytes } from '../../tiles/content-encoding.ts';
import { strongEtag } from '../../tiles/etag.ts';
import { TileCache, type TileEntry } from '../../tiles/tile-cache.ts';
import type { TileCoord } from '../../tiles/tile-coords.ts';
import type { Config } from '../config.ts';
import type { Db } from '../db/db.ts';
import { loadCatalog, type Catalog } from './catalog.ts';
import { DataVersions, DEFAULT_VERSION_TTL_MS } from './data-versions.ts';
import type { Source, SourceInfo, TileParams } from './source.ts';
import { TableSource, type Encoder } from './table-source.ts';
import { tileJsonUrl, tileUrlTemplate } from './tilejson.ts';

export interface TileServiceDeps {
  db: Db;
  config: Pick<Config, 'tileCacheBytes'>;
  logger: Logger;
  /** The catalog file's content by default; tests pass their own. */
  catalog?: Catalog;
  /** Forces one encoding path (the parity tests); by default chosen by `db.kind`. */
  encoder?: Encoder;
  versionTtlMs?: number;
}

/** One entry of GET /catalog (the contract with the client's layer panel). */
export interface CatalogEntry extends SourceInfo {
  tilejson: string;
  tiles: string;
}

/** The sources, their tile cache and the data versions that key it. */
export interface TileService {
  readonly sources: ReadonlyMap<string, Source>;
  readonly cache: TileCache;
  /** Checks every source against the database; call at start-up to fail early. */
  verify(): Promise<void>;
  /** A tile as served, from the cache or freshly encoded and compressed. */
  tile(source: Source, tile: TileCoord, params: TileParams): Promise<{ entry: TileEntry; hit: boolean }>;
  catalogIndex(baseUrl: string): { sources: CatalogEntry[] };
}

/** Params in one canonical text, so that `?a=1&b=2` and `?b=2&a=1` share a cache entry. */
const canonicalParams = (params: TileParams) => {
  const keys = Object.keys(params).sort();
  return keys.length ? JSON.stringify(keys.map((k) => [k, params[k]])) : '';
};

async function encodeEntry(bytes: Uint8Array | null): Promise<TileEntry> {
  if (!bytes || bytes.length === 0)
    return { identity: new Uint8Array(0), gzip: null, etag: null, gzipEtag: null };
  const gzip = await gzipBytes(bytes);
  // Tiny tiles grow when gzipped (18 bytes of header and trailer); those are always sent as they are.
  if (gzip.length >= bytes.length)
    return { identity: bytes, gzip: null, etag: strongEtag(bytes), gzipEtag: null };
  return { identity: bytes, gzip, etag: strongEtag(bytes), gzipEtag: strongEtag(gzip) };
}

/**
 * Builds the tile service the routes use: the catalog's sources over `db`, an LRU by bytes, and
 * data versions that purge a source's tiles when its dataset is re-imported.
 */
export function createTileService(deps: TileServiceDeps): TileService {
  const catalog = deps.catalog ?? loadCatalog();
  const sources = new Map<string, Source>(
    catalog.sources.map((def) => [def.id, new TableSource(def, deps.db, deps.encoder)]),
  );
  const cache = new TileCache(deps.config.tileCacheBytes);
  const versions = new DataVersions(deps.db, deps.versionTtlMs ?? DEFAULT_VERSION_TTL_MS, (dataset) => {
    for (const source of sources.values()) {
      if (source.dataset !== dataset) continue;
      source.dataChanged();
      const dropped = cache.invalidateSource(source.id);
      deps.logger.info({ source: source.id, dataset, dropped }, 'tile source data changed');
    }
  });

  return {
    sources,
    cache,
    async verify() {
      const results = await Promise.allSettled([...sources.values()].map((s) => s.verify()));
      const failures = results.flatMap((r) => (r.status === 'rejected' ? [(r.reason as Error).message] : []));
      if (failures.length)
        throw new Error(`tile catalog does not match the database:\n  ${failures.join('\n  ')}`);
    },
    async tile(source, { z, x, y }, params) {
      const version = await versions.get(source.dataset);
      const key = { source: source.id, z, x, y, params: canonicalParams(params), version };
      return cache.getOrCreate(key, async () => encodeEntry(await source.getTile(z, x, y, params)));
    },
    catalogIndex(baseUrl) {
      return {
        sources: [...sources.values()].map((s) => ({
          ...s.info,
          tilejson: tileJsonUrl(baseUrl, s.id),
          tiles: tileUrlTemplate(baseUrl, s.id),
        })),
      };
    },
  };
}
