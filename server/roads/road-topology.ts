import type { Position } from 'geojson';

// Builds a routable network from polylines: a line is split at every vertex that another line (or
// the same line again) also passes through, and at its ends; each piece becomes one segment between
// two nodes. Pure: no I/O.

/** Identity of a vertex: an OSM node id, or the cluster a snapped coordinate fell into. */
export type VertexKey = number | string;

export interface RoadLine<A> {
  /** One key per vertex; vertices with equal keys are the same place in the network. */
  keys: readonly VertexKey[];
  coords: readonly Position[];
  /** Carried unchanged onto every segment cut from this line. */
  attrs: A;
}

export interface TopoNode {
  /** 1-based, in order of first appearance. */
  id: number;
  key: VertexKey;
  coord: Position;
}

export interface TopoSegment<A> {
  /** 1-based, in line order then piece order. */
  id: number;
  from: number;
  to: number;
  /** From the from-node's coordinate to the to-node's, at least two positions. */
  coords: Position[];
  attrs: A;
}

export interface Topology<A> {
  nodes: TopoNode[];
  segments: TopoSegment<A>[];
}

/** The line without consecutive repeats of a key (OSM ways may list a node twice in a row). */
function dedupe<A>(line: RoadLine<A>): { keys: VertexKey[]; coords: Position[] } {
  if (line.keys.length !== line.coords.length)
    throw new Error(`line has ${line.keys.length} keys but ${line.coords.length} coordinates`);
  const keys: VertexKey[] = [];
  const coords: Position[] = [];
  line.keys.forEach((key, i) => {
    if (keys.length > 0 && keys[keys.length - 1] === key) return;
    keys.push(key);
    coords.push(line.coords[i] as Position);
  });
  return { keys, coords };
}

/**
 * Splits the lines at shared vertices into nodes and segments.
 * Lines with fewer than two distinct vertices are dropped.
 *
 * @example
 * buildTopology([{ keys: [1, 2, 3], coords, attrs }, { keys: [2, 4], coords: c2, attrs }])
 * // → 4 nodes (1, 2, 3, 4) and 3 segments: 1→2, 2→3, 2→4
 */
export function buildTopology<A>(lines: Iterable<RoadLine<A>>): Topology<A> {
  const cleaned = [...lines].map((line) => ({ ...dedupe(line), attrs: line.attrs }));
  const uses = new Map<VertexKey, number>();
  for (const line of cleaned) {
    if (line.keys.length < 2) continue;
    for (const key of line.keys) uses.set(key, (uses.get(key) ?? 0) + 1);
  }

  const nodes: TopoNode[] = [];
  const nodeIds = new Map<VertexKey, TopoNode>();
  const nodeAt = (key: VertexKey, coord: Position): TopoNode => {
    let node = nodeIds.get(key);
    if (!node) {
      node = { id: nodes.length + 1, key, coord };
      nodes.push(node);
      nodeIds.set(key, node);
    }
    return node;
  };

  const segments: TopoSegment<A>[] = [];
  for (const line of cleaned) {
    const last = line.keys.length - 1;
    if (last < 1) continue;
    let start = 0;
    for (let i = 1; i <= last; i++) {
      const key = line.keys[i] as VertexKey;
      if (i < last && (uses.get(key) ?? 0) < 2) continue;
      const from = nodeAt(line.keys[start] as VertexKey, line.coords[start] as Position);
      const to = nodeAt(key, line.coords[i] as Position);
      // Endpoints take the node's coordinate so that snapped pieces really meet.
      const coords = [from.coord, ...line.coords.slice(start + 1, i), to.coord];
      segments.push({ id: segments.length + 1, from: from.id, to: to.id, coords, attrs: line.attrs });
      start = i;
    }
  }
  return { nodes, segments };
}

/** Sizes of the connected components (undirected) of a graph, largest first. */
export function componentSizes(
  nodeIds: Iterable<number>,
  edges: Iterable<{ from: number; to: number }>,
): number[] {
  const parent = new Map<number, number>();
  for (const id of nodeIds) parent.set(id, id);
  const find = (id: number): number => {
    let root = id;
    for (let up = parent.get(root); up !== undefined && up !== root; up = parent.get(root)) root = up;
    // Path compression keeps the next look-ups short.
    for (let at = id; at !== root;) {
      const next = parent.get(at) as number;
      parent.set(at, root);
      at = next;
    }
    return root;
  };
  for (const e of edges) {
    if (!parent.has(e.from) || !parent.has(e.to))
      throw new Error(`edge ${e.from}-${e.to} has an unknown node`);
    parent.set(find(e.from), find(e.to));
  }
  const sizes = new Map<number, number>();
  for (const id of parent.keys()) {
    const root = find(id);
    sizes.set(root, (sizes.get(root) ?? 0) + 1);
  }
  return [...sizes.values()].sort((a, b) => b - a);
}
