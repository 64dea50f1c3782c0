import { describe, expect, it } from 'vitest';
import { runConcurrent, seededTiles } from './seeded-tiles.ts';

const bbox = { west: 14.34, south: 50.47, east: 15.63, north: 51.02 };

describe('seededTiles', () => {
  it('is deterministic for a seed and distinct per source', () => {
    const a = seededTiles([{ id: 's', minzoom: 8, maxzoom: 14 }], bbox, 200, 42);
    const b = seededTiles([{ id: 's', minzoom: 8, maxzoom: 14 }], bbox, 200, 42);
    expect(a).toEqual(b);
    expect(new Set(a.map((t) => `${t.z}/${t.x}/${t.y}`)).size).toBe(200);
    expect(seededTiles([{ id: 's', minzoom: 8, maxzoom: 14 }], bbox, 200, 7)).not.toEqual(a);
  });

  it('stays inside the bbox and the zoom range, and caps at the tiles that exist', () => {
    const tiles = seededTiles([{ id: 's', minzoom: 5, maxzoom: 6 }], bbox, 1000, 1);
    expect(tiles.length).toBeLessThan(20);
    for (const t of tiles) {
      expect(t.z).toBeGreaterThanOrEqual(5);
      expect(t.z).toBeLessThanOrEqual(6);
      const lon = (t.x / 2 ** t.z) * 360 - 180;
      expect(lon).toBeLessThanOrEqual(bbox.east);
    }
  });
});

describe('runConcurrent', () => {
  it('never exceeds the concurrency and runs every item once', async () => {
    let inFlight = 0;
    let peak = 0;
    const done: number[] = [];
    await runConcurrent([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setImmediate(r));
      done.push(n);
      inFlight--;
    });
    expect(peak).toBe(3);
    expect(done.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});
