// The rules of the model network in one place: road class from the importance of the places a road
// links, speed from class and settlement, length from a detour factor. See model-network.ts.
import { dijkstra, pathArcs } from './dijkstra.ts';
import { localPlane, type LonLat } from './geo.ts';
import { buildGraph } from './graph.ts';
import { gabrielEdges } from './proximity-graph.ts';
import type { RoadClass } from './road-types.ts';

export const MODEL_RULES = {
  /** Road length = geodesic straight length × this (roads wind; 1.2–1.4 is usual for rural Czechia). */
  detourFactor: 1.25,
  /** Stops closer than this are one node (the platforms on both sides of a road). */
  mergeStopsM: 30,
  /**
   * Class tiers, most important first: the shortest roads (by length) between every pair of
   * municipality centres with at least `minPopulation` inhabitants that are Gabriel neighbours
   * among that tier's centres get the tier's class, unless already higher.
   */
  classTiers: [
    { class: 'I', minPopulation: 5000 },
    { class: 'II', minPopulation: 1000 },
    { class: 'III', minPopulation: 0 },
  ] as const satisfies readonly { class: RoadClass; minPopulation: number }[],
  /** Free-flow travel speed (km/h) outside settlements; motorways use min(this, OSM maxspeed). */
  speedKmh: { motorway: 110, I: 80, II: 70, III: 60, local: 45 } satisfies Record<RoadClass, number>,
  /** Speed (km/h) where the segment's midpoint lies in a municipality of ≥ settlementMinPopulation. */
  settlementSpeedKmh: { motorway: 110, I: 45, II: 40, III: 35, local: 30 } satisfies Record<
    RoadClass,
    number
  >,
  /** Municipalities from this size count as a town whose streets are slow (speed limit 50, junctions). */
  settlementMinPopulation: 5000,
  /** Least distance (m) between two modelled D10 exits on one carriageway. */
  exitSpacingM: 3000,
  /** Class of the connectors between D10 junctions and the network (slip road + feeder). */
  connectorClass: 'II' as RoadClass,
} as const;

const RANK: Record<RoadClass, number> = { motorway: 0, I: 1, II: 2, III: 3, local: 4 };

/** Speed of a segment of `roadClass`, in or out of a town, capped by a posted limit when known. */
export function speedKmh(roadClass: RoadClass, inSettlement: boolean, maxspeedKmh: number | null = null) {
  const table = inSettlement ? MODEL_RULES.settlementSpeedKmh : MODEL_RULES.speedKmh;
  return maxspeedKmh === null ? table[roadClass] : Math.min(table[roadClass], maxspeedKmh);
}

export interface ClassEdge {
  from: number;
  to: number;
  oneway: boolean;
  lengthM: number;
  /** Starting class (motorway segments keep theirs; everything else starts as local). */
  class: RoadClass;
}

/**
 * Upgrades edge classes tier by tier along the shortest (by length) paths between neighbouring
 * places of each tier. `positions` are node positions; `places` the municipality-centre nodes.
 * Returns the class of every edge, in edge order.
 */
export function assignClasses(
  positions: readonly LonLat[],
  edges: readonly ClassEdge[],
  places: readonly { node: number; population: number }[],
  tiers: readonly { class: RoadClass; minPopulation: number }[] = MODEL_RULES.classTiers,
): RoadClass[] {
  const classes = edges.map((e) => e.class);
  const graph = buildGraph(
    edges.map((e, id) => ({
      id,
      from: e.from,
      to: e.to,
      oneway: e.oneway,
      lengthM: e.lengthM,
      travelTimeS: 0,
    })),
    { weight: 'length', nodeIds: positions.keys() },
  );
  const plane = localPlane(positions.reduce((s, p) => s + p[1], 0) / Math.max(1, positions.length));
  for (const tier of tiers) {
    const members = places.filter((p) => p.population >= tier.minPopulation);
    const pairs = gabrielEdges(members.map((p) => plane.toXY(positions[p.node]!)));
    const neighbours = new Map<number, number[]>();
    for (const [a, b] of pairs) neighbours.set(a, [...(neighbours.get(a) ?? []), b]);
    for (const [a, targets] of neighbours) {
      const paths = dijkstra(graph, [{ node: graph.indexOf(members[a]!.node)! }]);
      for (const b of targets) {
        for (const arc of pathArcs(graph, paths, graph.indexOf(members[b]!.node)!)) {
          const edge = graph.segmentIds[arc]!;
          if (RANK[tier.class] < RANK[classes[edge]!]) classes[edge] = tier.class;
        }
      }
    }
  }
  return classes;
}
