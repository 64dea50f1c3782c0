// An in-memory road graph in compressed sparse row form, built from road segments. A two-way
// segment gives two arcs, a one-way segment one arc (from → to). Arc weights are the segment's
// travel time (routing) or length (geometry questions such as "the shortest road between towns").

/** The part of a transport.road_segments row the graph needs. */
export interface GraphSegment {
  id: number;
  from: number;
  to: number;
  oneway: boolean;
  travelTimeS: number;
  lengthM: number;
}

export interface GraphOptions {
  /** What an arc costs: seconds (default) or metres. */
  weight?: 'time' | 'length';
  /** Reverse every arc, so that a search from d finds the costs of reaching d. */
  reverse?: boolean;
  /** Node ids to include even when no segment touches them. */
  nodeIds?: Iterable<number>;
}

export interface RoadGraph {
  /** Node id of each node index, ascending. */
  readonly nodeIds: Int32Array;
  /** Arcs of node index i are offsets[i] … offsets[i + 1] − 1. */
  readonly offsets: Int32Array;
  /** Head node index of each arc. */
  readonly heads: Int32Array;
  readonly weights: Float64Array;
  /** Segment id of each arc. */
  readonly segmentIds: Int32Array;
  /** Node index of a node id, or undefined. */
  indexOf(nodeId: number): number | undefined;
}

/** Builds the graph; arcs of a node are ordered by segment id, so the result is deterministic. */
export function buildGraph(segments: readonly GraphSegment[], options: GraphOptions = {}): RoadGraph {
  const ids = new Set<number>(options.nodeIds);
  for (const s of segments) ids.add(s.from).add(s.to);
  const nodeIds = Int32Array.from([...ids].sort((a, b) => a - b));
  const index = new Map<number, number>();
  nodeIds.forEach((id, i) => index.set(id, i));

  const arcs: { tail: number; head: number; weight: number; segment: number }[] = [];
  for (const s of [...segments].sort((a, b) => a.id - b.id)) {
    const weight = options.weight === 'length' ? s.lengthM : s.travelTimeS;
    if (!(weight >= 0)) throw new Error(`segment ${s.id}: negative or missing ${options.weight ?? 'time'}`);
    const [from, to] = [index.get(s.from)!, index.get(s.to)!];
    const forward = options.reverse ? { tail: to, head: from } : { tail: from, head: to };
    arcs.push({ ...forward, weight, segment: s.id });
    if (!s.oneway) arcs.push({ tail: forward.head, head: forward.tail, weight, segment: s.id });
  }
  arcs.sort((a, b) => a.tail - b.tail || a.segment - b.segment || a.head - b.head);

  const offsets = new Int32Array(nodeIds.length + 1);
  for (const a of arcs) offsets[a.tail + 1]!++;
  for (let i = 0; i < nodeIds.length; i++) offsets[i + 1]! += offsets[i]!;
  return {
    nodeIds,
    offsets,
    heads: Int32Array.from(arcs, (a) => a.head),
    weights: Float64Array.from(arcs, (a) => a.weight),
    segmentIds: Int32Array.from(arcs, (a) => a.segment),
    indexOf: (nodeId) => index.get(nodeId),
  };
}
