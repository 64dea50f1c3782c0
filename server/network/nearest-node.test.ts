import { describe, expect, it } from 'vitest';
import { haversineM } from './geo.ts';
import { nodeSnapper } from './nearest-node.ts';

describe('nearest node', () => {
  const nodes = [
    { id: 1, lonLat: [15.05, 50.77] as const },
    { id: 2, lonLat: [15.17, 50.72] as const },
    { id: 3, lonLat: [14.54, 50.69] as const },
  ];
  const snapper = nodeSnapper(nodes);

  it('snaps to the nearest node, at any distance', () => {
    expect(snapper.nearest([15.06, 50.77])?.id).toBe(1);
    expect(snapper.nearest([14.0, 50.0])?.id).toBe(3);
    const hit = snapper.nearest([15.16, 50.72])!;
    expect(hit.distanceM).toBeCloseTo(haversineM([15.16, 50.72], [15.17, 50.72]), 6);
  });

  it('honours the distance limit and lists nodes within a radius, nearest first', () => {
    expect(snapper.nearest([15.06, 50.77], 100)).toBeUndefined();
    expect(snapper.within([15.1, 50.75], 10_000).map((n) => n.id)).toEqual([1, 2]);
  });

  it('haversine: one degree of latitude is ~111.2 km', () => {
    expect(haversineM([15, 50], [15, 51])).toBeCloseTo(111_195, -1);
  });
});
