import { describe, expect, it } from 'vitest';
import { dijkstra, pathArcs, travelTimes } from './dijkstra.ts';
import { buildGraph, type GraphSegment } from './graph.ts';

// A hand-made network (times in seconds, lengths in metres):
//
//   1 ──10── 2 ──10── 3
//   │        ↑        │
//   5      (3, one-way 4 → 2)
//   │        │        │
//   4 ──30── 5 ──1──  6        7 (isolated)      8 ──> 9 (one-way)
//
// 1–4 is 5 s; 4 → 2 is one-way, 3 s; 4–5 30 s; 5–6 1 s; 3–6 2 s.
const seg = (
  id: number,
  from: number,
  to: number,
  t: number,
  oneway = false,
  lengthM = t * 10,
): GraphSegment => ({
  id,
  from,
  to,
  travelTimeS: t,
  lengthM,
  oneway,
});
const SEGMENTS: GraphSegment[] = [
  seg(1, 1, 2, 10),
  seg(2, 2, 3, 10),
  seg(3, 1, 4, 5),
  seg(4, 4, 2, 3, true),
  seg(5, 4, 5, 30),
  seg(6, 5, 6, 1),
  seg(7, 3, 6, 2, false, 5000),
  seg(8, 8, 9, 4, true),
];

describe('road graph and Dijkstra', () => {
  const graph = buildGraph(SEGMENTS, { nodeIds: [7] });

  it('builds arcs: two per two-way segment, one per one-way', () => {
    expect([...graph.nodeIds]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(graph.heads.length).toBe(2 * 6 + 2);
  });

  it('finds the known travel times from node 1', () => {
    expect(Object.fromEntries(travelTimes(graph, 1))).toEqual({ 1: 0, 2: 8, 3: 18, 4: 5, 5: 21, 6: 20 });
  });

  it('respects one-way segments: 2 cannot use 4 → 2 backwards', () => {
    // 2 → 4 must go 2 → 1 → 4 (15 s), not against the one-way arc (3 s).
    expect(travelTimes(graph, 2).get(4)).toBe(15);
    expect(travelTimes(graph, 8).get(9)).toBe(4);
    expect(travelTimes(graph, 9).has(8)).toBe(false);
  });

  it('the reversed graph gives the times TO a node', () => {
    const reversed = buildGraph(SEGMENTS, { reverse: true });
    for (const from of [1, 3, 5, 6])
      expect(travelTimes(reversed, 2).get(from)).toBe(travelTimes(graph, from).get(2));
    expect(travelTimes(reversed, 9).get(8)).toBe(4);
  });

  it('weights by length when asked', () => {
    const byLength = buildGraph(SEGMENTS, { weight: 'length' });
    // 3–6 is 5 km long: by length, 1 → 6 goes 1–4–5–6 (50 + 300 + 10 m).
    expect(travelTimes(byLength, 1).get(6)).toBe(360);
  });

  it('multi-source: each node gets its cheapest source, with starting costs', () => {
    const { cost } = dijkstra(graph, [
      { node: graph.indexOf(1)!, cost: 0 },
      { node: graph.indexOf(6)!, cost: 4 },
    ]);
    const byId = (id: number) => cost[graph.indexOf(id)!];
    expect([byId(1), byId(2), byId(3), byId(4), byId(5), byId(6), byId(7)]).toEqual([
      0,
      8,
      6,
      5,
      5,
      4,
      Infinity,
    ]);
  });

  it('maxCost bounds the search', () => {
    expect([...travelTimes(graph, 1, { maxCost: 9 }).keys()].sort()).toEqual([1, 2, 4]);
  });

  it('pathArcs returns the segments of the shortest path in order', () => {
    const paths = dijkstra(graph, [{ node: graph.indexOf(1)! }]);
    const segs = pathArcs(graph, paths, graph.indexOf(6)!).map((a) => graph.segmentIds[a]);
    expect(segs).toEqual([3, 4, 2, 7]);
    expect(pathArcs(graph, paths, graph.indexOf(7)!)).toEqual([]);
  });

  it('rejects unknown nodes and negative weights', () => {
    expect(() => travelTimes(graph, 99)).toThrow(/not in the graph/);
    expect(() => buildGraph([seg(1, 1, 2, -1)])).toThrow(/negative/);
  });
});
