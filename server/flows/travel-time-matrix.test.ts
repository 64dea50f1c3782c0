import { describe, expect, it } from 'vitest';
import { buildGraph } from '../network/graph.ts';
import { travelTimeMatrix } from './travel-time-matrix.ts';

describe('travel-time matrix', () => {
  // 1 —60 s— 2 —120 s— 3, and a one-way 3 → 1 of 600 s; node 4 stands alone.
  const graph = buildGraph(
    [
      { id: 1, from: 1, to: 2, oneway: false, travelTimeS: 60, lengthM: 1000 },
      { id: 2, from: 2, to: 3, oneway: false, travelTimeS: 120, lengthM: 2000 },
      { id: 3, from: 3, to: 1, oneway: true, travelTimeS: 600, lengthM: 9000 },
    ],
    { nodeIds: [4] },
  );

  it('gives minutes along shortest paths, Infinity when unreachable or without a node', () => {
    const m = travelTimeMatrix(graph, [1, 3, 4, undefined]);
    const at = (i: number, j: number) => m.cost[i * m.n + j];
    expect(m.n).toBe(4);
    expect(at(0, 1)).toBe(3); // 1 → 2 → 3: 180 s
    expect(at(1, 0)).toBe(3); // 3 → 2 → 1 beats the 600 s one-way
    expect([at(0, 0), at(1, 1), at(2, 2)]).toEqual([0, 0, 0]);
    expect([at(0, 2), at(2, 0), at(0, 3), at(3, 0), at(3, 3)]).toEqual([
      Infinity,
      Infinity,
      Infinity,
      Infinity,
      Infinity,
    ]);
  });
});
