import { describe, expect, it } from 'vitest';
import { regionClip, segmentsIntersect } from './region-clip.ts';

// A U-shaped region: the notch between the arms is outside.
const U = regionClip({
  type: 'Polygon',
  coordinates: [
    [
      [0, 0],
      [3, 0],
      [3, 3],
      [2, 3],
      [2, 1],
      [1, 1],
      [1, 3],
      [0, 3],
      [0, 0],
    ],
  ],
});

describe('region clip', () => {
  it('tests points', () => {
    expect(U.contains([0.5, 2])).toBe(true);
    expect(U.contains([1.5, 2])).toBe(false);
  });

  it('finds edges that leave the region even when both ends are inside', () => {
    expect(U.crossesBoundary([0.5, 2], [2.5, 2])).toBe(true);
    expect(U.crossesBoundary([0.5, 0.5], [2.5, 0.5])).toBe(false);
    expect(U.crossesBoundary([0.5, 2], [0.5, 0.5])).toBe(false);
  });

  it('intersects segments, touching included', () => {
    expect(segmentsIntersect([0, 0], [2, 2], [0, 2], [2, 0])).toBe(true);
    expect(segmentsIntersect([0, 0], [1, 0], [1, 0], [2, 5])).toBe(true);
    expect(segmentsIntersect([0, 0], [1, 0], [0, 1], [1, 1])).toBe(false);
  });
});
