// The serialised flood status, kept in process until the next gauge ingest: a flood multiplies public
// traffic and every visitor asks for the same answer. Replays (?at=) are cached too, in a small LRU,
// since the slider revisits the same hours. Listeners (the SSE channel) get the fresh default status
// after each ingest.
import { LRUCache } from 'lru-cache';
import { strongEtag } from '../../tiles/etag.ts';
import type { Db } from '../db/db.ts';
import { onGaugeReadings } from '../readings-ingest/index.ts';
import { floodStatus } from './flood-status.ts';

export interface CachedStatus {
  body: Buffer;
  etag: string;
}

export interface StatusCache {
  /** The status at `at` (default: the model's clock), serialised, from the cache when it is there. */
  get(at?: Date): Promise<CachedStatus>;
  /** Drops everything cached; the next get recomputes. */
  invalidate(): void;
  /** Calls `fn` with the fresh default status after every gauge ingest (the caller drops repeats by ETag). Returns an unsubscribe. */
  subscribe(fn: (status: CachedStatus) => void): () => void;
  /** How many listeners are subscribed (open SSE connections). */
  listenerCount(): number;
  /** Stops listening to the ingest hook. */
  close(): void;
}

const DEFAULT_KEY = 'model';

export function createStatusCache(db: Db, options: { enabled?: boolean } = {}): StatusCache {
  const enabled = options.enabled ?? true;
  const cache = new LRUCache<string, CachedStatus>({ max: 512 });
  const inflight = new Map<string, Promise<CachedStatus>>();
  const listeners = new Set<(s: CachedStatus) => void>();
  let generation = 0;

  async function compute(at?: Date): Promise<CachedStatus> {
    const body = Buffer.from(JSON.stringify(await floodStatus(db, at)));
    return { body, etag: strongEtag(body) };
  }

  async function get(at?: Date): Promise<CachedStatus> {
    if (!enabled) return compute(at);
    const key = at ? at.toISOString() : DEFAULT_KEY;
    const hit = cache.get(key);
    if (hit) return hit;
    // Concurrent misses share one computation; a result computed across an invalidation is not kept.
    const pending = inflight.get(key);
    if (pending) return pending;
    const started = generation;
    const p = compute(at).finally(() => inflight.delete(key));
    inflight.set(key, p);
    const value = await p;
    if (started === generation) cache.set(key, value);
    return value;
  }

  function invalidate(): void {
    generation++;
    cache.clear();
    inflight.clear();
  }

  const unhook = onGaugeReadings(db, async () => {
    invalidate();
    if (listeners.size === 0) return;
    const fresh = await get();
    for (const fn of listeners) fn(fresh);
  });

  return {
    get,
    invalidate,
    subscribe(fn) {
      listeners.add(fn);
      return () => void listeners.delete(fn);
    },
    listenerCount: () => listeners.size,
    close: unhook,
  };
}
