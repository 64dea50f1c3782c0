// All-or-nothing assignment of a zone-to-zone trip matrix to the road graph. A zone's trips start and
// end at its trip-end nodes in equal shares (on the model network: the municipality's stops and its
// centre — stops sit where people live), so village and town streets carry the access to and from
// the main roads, not only a single centroid node. Every trip follows the single fastest path
// (Dijkstra; equal-cost ties are broken the same way every run, so the result is deterministic).
// Loads are accumulated down each shortest-path tree, deepest nodes first. Both directions of a
// two-way segment share its id: the result is vehicles per day on the segment in both directions.
import { dijkstra } from '../network/dijkstra.ts';
import type { RoadGraph } from '../network/graph.ts';

/** Node index (graph.indexOf) of each zone's centre, in the order of the trip matrix. */
export type ZoneNodes = readonly number[];

/**
 * Car travel times in minutes between the zone centres (row = origin; Infinity when unreachable;
 * 0 on the diagonal). One Dijkstra per origin.
 */
export function travelMinutes(graph: RoadGraph, zoneNodes: ZoneNodes): Float64Array {
  const n = zoneNodes.length;
  const out = new Float64Array(n * n);
  zoneNodes.forEach((from, i) => {
    const { cost } = dijkstra(graph, [{ node: from }]);
    zoneNodes.forEach((to, j) => (out[i * n + j] = i === j ? 0 : cost[to]! / 60));
  });
  return out;
}

export interface Assignment {
  /** Vehicles per day by segment id (segments no trip uses are absent). */
  readonly vehicles: Map<number, number>;
  /** Σ of the trips that reached their destination node. */
  readonly routedTrips: number;
  /** Σ of the trips whose destination node the origin node does not reach. */
  readonly unroutedTrips: number;
}

/** Tail node index of every arc. */
function arcTails(graph: RoadGraph): Int32Array {
  const tails = new Int32Array(graph.heads.length);
  for (let u = 0; u < graph.nodeIds.length; u++) tails.fill(u, graph.offsets[u]!, graph.offsets[u + 1]!);
  return tails;
}

/** Reached nodes grouped by depth in the shortest-path tree (children are always deeper). */
function byDepth(viaArc: Int32Array, tails: Int32Array, cost: Float64Array): number[][] {
  const depth = new Int32Array(viaArc.length).fill(-1);
  const levels: number[][] = [];
  const chain: number[] = [];
  for (let v = 0; v < viaArc.length; v++) {
    if (cost[v] === Infinity) continue;
    let u = v;
    while (depth[u] === -1 && viaArc[u] !== -1) {
      chain.push(u);
      u = tails[viaArc[u]!]!;
    }
    if (depth[u] === -1) depth[u] = 0;
    for (let d = depth[u]!; chain.length > 0;) depth[chain.pop()!] = ++d;
  }
  for (let v = 0; v < viaArc.length; v++) if (depth[v]! > 0) (levels[depth[v]!] ??= []).push(v);
  return levels;
}

/**
 * Loads trips[i * n + j] (zone i → zone j) onto the fastest paths between their trip-end nodes:
 * `zoneEnds[i]` lists zone i's node indices, each taking an equal share of its trips.
 */
export function assignAllOrNothing(
  graph: RoadGraph,
  zoneEnds: readonly (readonly number[])[],
  trips: Float64Array,
): Assignment {
  const n = zoneEnds.length;
  if (trips.length !== n * n) throw new Error(`trip matrix has ${trips.length} cells, not ${n}²`);
  zoneEnds.forEach((ends, i) => {
    if (ends.length === 0) throw new Error(`zone ${i} has no trip-end node`);
  });
  const tails = arcTails(graph);
  const load = new Float64Array(graph.heads.length);
  let routedTrips = 0;
  let unroutedTrips = 0;
  for (let i = 0; i < n; i++) {
    // Trips from zone i arriving at each node (before the origin node's share is applied).
    const demand = new Float64Array(graph.nodeIds.length);
    for (let j = 0; j < n; j++) {
      const t = trips[i * n + j]!;
      if (i === j || !(t > 0)) continue;
      const share = t / zoneEnds[j]!.length;
      for (const b of zoneEnds[j]!) demand[b]! += share;
    }
    const originShare = 1 / zoneEnds[i]!.length;
    for (const a of zoneEnds[i]!) {
      const { cost, viaArc } = dijkstra(graph, [{ node: a }]);
      const flow = new Float64Array(graph.nodeIds.length);
      for (let v = 0; v < flow.length; v++) {
        const d = demand[v]! * originShare;
        if (d === 0) continue;
        if (cost[v] === Infinity) unroutedTrips += d;
        else {
          flow[v] = d;
          routedTrips += d;
        }
      }
      const levels = byDepth(viaArc, tails, cost);
      for (let depth = levels.length - 1; depth > 0; depth--) {
        for (const v of levels[depth] ?? []) {
          const f = flow[v]!;
          if (f === 0) continue;
          const arc = viaArc[v]!;
          load[arc]! += f;
          flow[tails[arc]!]! += f;
        }
      }
    }
  }
  const vehicles = new Map<number, number>();
  load.forEach((v, arc) => {
    if (v > 0) {
      const segment = graph.segmentIds[arc]!;
      vehicles.set(segment, (vehicles.get(segment) ?? 0) + v);
    }
  });
  return { vehicles, routedTrips, unroutedTrips };
}
