// Shortest paths on a RoadGraph: Dijkstra from one or several sources (multi-source: each source may
// start with its own cost, e.g. the walk to a stop) with a binary heap and lazy deletion.
import TinyQueue from 'tinyqueue';
import type { RoadGraph } from './graph.ts';

export interface ShortestPaths {
  /** Cost from the nearest source to each node index; Infinity when unreachable. */
  readonly cost: Float64Array;
  /** The arc by which each node index was reached; −1 for sources and unreachable nodes. */
  readonly viaArc: Int32Array;
}

export interface Source {
  /** Node index (graph.indexOf(id)). */
  node: number;
  /** Starting cost, default 0. */
  cost?: number;
}

export interface DijkstraOptions {
  /** Nodes costlier than this are left unreached (Infinity); bounds the search, e.g. isochrones. */
  maxCost?: number;
}

/** Multi-source Dijkstra; every node gets the cost from its cheapest source. */
export function dijkstra(
  graph: RoadGraph,
  sources: readonly Source[],
  options: DijkstraOptions = {},
): ShortestPaths {
  const n = graph.nodeIds.length;
  const maxCost = options.maxCost ?? Infinity;
  const cost = new Float64Array(n).fill(Infinity);
  const viaArc = new Int32Array(n).fill(-1);
  const done = new Uint8Array(n);
  // Ties broken by node index, so equal-cost searches settle nodes in the same order every run.
  const heap = new TinyQueue<[number, number]>([], (a, b) => a[0] - b[0] || a[1] - b[1]);
  for (const s of sources) {
    if (!(s.node >= 0 && s.node < n)) throw new RangeError(`source node index ${s.node} not in the graph`);
    const c = s.cost ?? 0;
    if (c < cost[s.node]! && c <= maxCost) {
      cost[s.node] = c;
      heap.push([c, s.node]);
    }
  }
  for (let top = heap.pop(); top; top = heap.pop()) {
    const [c, u] = top;
    if (done[u] || c > cost[u]!) continue;
    done[u] = 1;
    for (let arc = graph.offsets[u]!; arc < graph.offsets[u + 1]!; arc++) {
      const v = graph.heads[arc]!;
      const next = c + graph.weights[arc]!;
      if (next < cost[v]! && next <= maxCost) {
        cost[v] = next;
        viaArc[v] = arc;
        heap.push([next, v]);
      }
    }
  }
  return { cost, viaArc };
}

/** The arcs of the shortest path to node index `target`, source first ([] when unreachable or a source). */
export function pathArcs(graph: RoadGraph, paths: ShortestPaths, target: number): number[] {
  const tails = arcTails(graph);
  const arcs: number[] = [];
  for (let arc = paths.viaArc[target]!; arc !== -1; arc = paths.viaArc[tails[arc]!]!) arcs.push(arc);
  return arcs.reverse();
}

const tailCache = new WeakMap<RoadGraph, Int32Array>();

/** Tail node index of every arc (the CSR form stores heads only). */
function arcTails(graph: RoadGraph): Int32Array {
  let tails = tailCache.get(graph);
  if (!tails) {
    tails = new Int32Array(graph.heads.length);
    for (let u = 0; u < graph.nodeIds.length; u++) tails.fill(u, graph.offsets[u]!, graph.offsets[u + 1]!);
    tailCache.set(graph, tails);
  }
  return tails;
}

/**
 * Travel cost (seconds on a time-weighted graph) from node id `fromNode` to every node it reaches,
 * as a map node id → cost.
 * @example travelTimes(buildGraph(segments), 17).get(42) // seconds from node 17 to node 42
 */
export function travelTimes(graph: RoadGraph, fromNode: number, options: DijkstraOptions = {}) {
  const start = graph.indexOf(fromNode);
  if (start === undefined) throw new RangeError(`node ${fromNode} is not in the graph`);
  const { cost } = dijkstra(graph, [{ node: start }], options);
  const out = new Map<number, number>();
  cost.forEach((c, i) => {
    if (c !== Infinity) out.set(graph.nodeIds[i]!, c);
  });
  return out;
}
