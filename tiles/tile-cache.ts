import { LRUCache } from 'lru-cache';
import type { TileCoord } from './tile-coords.ts';

/** A tile as served: both encodings and their tags, computed once on a miss. */
export interface TileEntry {
  /** Uncompressed MVT; empty when the tile has no features (answered 204). */
  identity: Uint8Array;
  /** Gzip of `identity`; null for an empty tile and when gzip would not be smaller. */
  gzip: Uint8Array | null;
  /** Strong tag of `identity`; null for an empty tile. */
  etag: string | null;
  gzipEtag: string | null;
}

export interface TileKey extends TileCoord {
  source: string;
  /** Canonical text of the validated request parameters ('' when none). */
  params: string;
  /** Data version of the source's dataset: a reload makes new keys, never stale hits. */
  version: number;
}

// The key starts with the source id and a separator ids cannot contain, so a per-source purge is a prefix scan.
export const tileCacheKey = (k: TileKey): string =>
  `${k.source}|${k.version}|${k.z}/${k.x}/${k.y}|${k.params}`;

/** Bookkeeping per entry (key, object, map slots), so that many empty tiles still count. */
const ENTRY_OVERHEAD_BYTES = 256;

const entrySize = (entry: TileEntry, key: string) =>
  entry.identity.byteLength + (entry.gzip?.byteLength ?? 0) + key.length * 2 + ENTRY_OVERHEAD_BYTES;

/**
 * In-process LRU of encoded tiles bounded by bytes. Concurrent misses on one key share one
 * creation, so a burst of requests for a new tile runs its query once.
 */
export class TileCache {
  private readonly lru: LRUCache<string, TileEntry> | null;
  private readonly pending = new Map<string, Promise<TileEntry>>();

  /** `maxBytes` 0 turns caching off (misses are still coalesced). */
  constructor(readonly maxBytes: number) {
    this.lru = maxBytes > 0 ? new LRUCache({ maxSize: maxBytes, sizeCalculation: entrySize }) : null;
  }

  async getOrCreate(
    key: TileKey,
    create: () => Promise<TileEntry>,
  ): Promise<{ entry: TileEntry; hit: boolean }> {
    const k = tileCacheKey(key);
    const cached = this.lru?.get(k);
    if (cached) return { entry: cached, hit: true };
    let pending = this.pending.get(k);
    if (!pending) {
      pending = create().finally(() => this.pending.delete(k));
      this.pending.set(k, pending);
      const entry = await pending;
      this.lru?.set(k, entry);
      return { entry, hit: false };
    }
    return { entry: await pending, hit: false };
  }

  /** Drops every cached tile of one source; returns how many. */
  invalidateSource(source: string): number {
    if (!this.lru) return 0;
    const prefix = `${source}|`;
    let dropped = 0;
    for (const k of [...this.lru.keys()]) {
      if (k.startsWith(prefix)) dropped += Number(this.lru.delete(k));
    }
    return dropped;
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.lru?.size ?? 0, bytes: this.lru?.calculatedSize ?? 0 };
  }
}
