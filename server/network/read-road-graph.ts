// Builds the in-memory graph and the node snapper from the stored road network (any source).
import type { Queryable } from '../db/db.ts';
import { buildGraph, type GraphOptions, type GraphSegment, type RoadGraph } from './graph.ts';
import type { NodePosition } from './nearest-node.ts';
import { NETWORK_SQL } from './network-sql.ts';
import type { NodeKind } from './road-types.ts';

interface SegmentRow {
  id: number;
  from_node: number;
  to_node: number;
  oneway: boolean;
  travel_time_s: number;
  length_m: number;
}

export async function readGraphSegments(db: Queryable): Promise<GraphSegment[]> {
  const rows = await db.query<SegmentRow>(NETWORK_SQL.selectRoadSegments);
  return rows.map((r) => ({
    id: r.id,
    from: r.from_node,
    to: r.to_node,
    oneway: r.oneway,
    travelTimeS: Number(r.travel_time_s),
    lengthM: Number(r.length_m),
  }));
}

/** The road graph of transport.road_segments; rebuild it after the network changes. */
export async function readRoadGraph(db: Queryable, options: GraphOptions = {}): Promise<RoadGraph> {
  return buildGraph(await readGraphSegments(db), options);
}

export interface StoredNode extends NodePosition {
  kind: NodeKind;
  ref: string | null;
  name: string | null;
}

export async function readRoadNodes(db: Queryable): Promise<StoredNode[]> {
  const rows = await db.query<{
    id: number;
    kind: NodeKind;
    ref: string | null;
    name: string | null;
    lon: number;
    lat: number;
  }>(NETWORK_SQL.selectRoadNodes);
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    ref: r.ref,
    name: r.name,
    lonLat: [Number(r.lon), Number(r.lat)],
  }));
}
