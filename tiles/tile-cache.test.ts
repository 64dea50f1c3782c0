import { describe, expect, it } from 'vitest';
import { TileCache, tileCacheKey, type TileEntry, type TileKey } from './tile-cache.ts';

const key = (source: string, x: number, version = 1): TileKey => ({
  source,
  z: 10,
  x,
  y: 0,
  params: '',
  version,
});
const entry = (bytes: number): TileEntry => ({
  identity: new Uint8Array(bytes),
  gzip: new Uint8Array(Math.ceil(bytes / 2)),
  etag: '"a"',
  gzipEtag: '"b"',
});

describe('TileCache', () => {
  it('hits after the first creation', async () => {
    const cache = new TileCache(1_000_000);
    let created = 0;
    const create = async () => (created++, entry(100));
    expect((await cache.getOrCreate(key('a', 1), create)).hit).toBe(false);
    expect((await cache.getOrCreate(key('a', 1), create)).hit).toBe(true);
    expect(created).toBe(1);
  });

  it('creates once for concurrent misses', async () => {
    const cache = new TileCache(1_000_000);
    let created = 0;
    const create = () =>
      new Promise<TileEntry>((resolve) => setTimeout(() => resolve((created++, entry(10))), 10));
    const results = await Promise.all([1, 2, 3].map(() => cache.getOrCreate(key('a', 1), create)));
    expect(created).toBe(1);
    expect(results.map((r) => r.hit)).toEqual([false, false, false]);
  });

  it('is bounded by bytes, evicting the least recently used', async () => {
    const cache = new TileCache(10_000);
    for (let x = 0; x < 10; x++) await cache.getOrCreate(key('a', x), async () => entry(2_000));
    expect(cache.size.bytes).toBeLessThanOrEqual(10_000);
    expect(cache.size.entries).toBe(3);
    expect((await cache.getOrCreate(key('a', 9), async () => entry(1))).hit).toBe(true);
    expect((await cache.getOrCreate(key('a', 0), async () => entry(1))).hit).toBe(false);
  });

  it('separates data versions and params and purges one source', async () => {
    const cache = new TileCache(1_000_000);
    await cache.getOrCreate(key('a', 1, 1), async () => entry(10));
    expect((await cache.getOrCreate(key('a', 1, 2), async () => entry(10))).hit).toBe(false);
    expect(
      (await cache.getOrCreate({ ...key('a', 1, 2), params: '{"q":1}' }, async () => entry(10))).hit,
    ).toBe(false);
    await cache.getOrCreate(key('a-b', 1), async () => entry(10));
    expect(cache.invalidateSource('a')).toBe(3);
    expect((await cache.getOrCreate(key('a-b', 1), async () => entry(10))).hit).toBe(true);
  });

  it('does not keep a failed creation', async () => {
    const cache = new TileCache(1_000_000);
    await expect(
      cache.getOrCreate(key('a', 1), async () => Promise.reject(new Error('db down'))),
    ).rejects.toThrow();
    expect((await cache.getOrCreate(key('a', 1), async () => entry(1))).hit).toBe(false);
  });

  it('caches nothing with 0 bytes', async () => {
    const cache = new TileCache(0);
    await cache.getOrCreate(key('a', 1), async () => entry(1));
    expect((await cache.getOrCreate(key('a', 1), async () => entry(1))).hit).toBe(false);
  });

  it('keys are readable and start with the source', () => {
    expect(tileCacheKey(key('stops', 5))).toBe('stops|1|10/5/0|');
  });
});
