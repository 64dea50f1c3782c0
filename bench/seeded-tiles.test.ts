import { describe, expect, it } from 'vitest';
import { ratePerSecond, seededTiles } from './seeded-tiles.ts';

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

describe('ratePerSecond', () => {
  it('never exceeds the concurrency, cycles the items and reports a rate', async () => {
    let inFlight = 0;
    let peak = 0;
    const seen = new Set<number>();
    const rate = await ratePerSecond([1, 2, 3, 4, 5, 6, 7], 3, 50, async (n) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, 1));
      seen.add(n);
      inFlight--;
    });
    expect(peak).toBe(3);
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(rate).toBeGreaterThan(0);
  });
});
