// THE MODEL ROAD NETWORK ("model network", source = 'model')
// No real road network of the Liberec Region is available to this project, so the demo network is
// generated from real inputs. It is fully deterministic (no random numbers): the same data/ files
// give byte-identical output. A deployer replaces it by importing OpenStreetMap or other real roads.
//
// Nodes
// - Regional bus stops (data/transport/stops.geojson) inside the region polygon; stops within
//   MODEL_RULES.mergeStopsM (30 m) of an earlier stop are merged into it (model-nodes.ts). Stops
//   outside the region (neighbouring districts, Poland, Germany) are left out.
// - One centre per municipality (215): turf pointOnFeature of its polygon.
// - The D10 motorway's OSM vertices inside the region (kind 'motorway'/'junction').
// Edges
// - The Gabriel graph of stops + centres (from a Delaunay triangulation, delaunator) on a local
//   metric plane: two places are linked when no third lies in the circle on their link as diameter.
// - Links that cross the region's boundary are dropped. Components this leaves apart are joined
//   again with the shortest Delaunay links, first those inside the region, then (only if still
//   needed) any, so the network is connected.
// - The D10 is spliced in with its real geometry, one-way per carriageway, with modelled access at
//   the municipalities it passes and at its loose ends (motorway-splice.ts), by connector segments.
// Attributes (road-classes.ts, MODEL_RULES)
// - Class: motorway for the D10; otherwise the shortest road (by length) between neighbouring
//   centres (Gabriel neighbours within a tier) of municipalities ≥ 5,000 inhabitants is class I,
//   ≥ 1,000 class II, any class III; all other links are local. Connectors are at least class II.
// - Speed by class, lower where a segment's midpoint lies in a municipality of ≥ 5,000 people:
//   motorway 110 (capped by OSM maxspeed), I 80/45, II 70/40, III 60/35, local 45/30 km/h.
// - Length: geodesic straight length × detour factor 1.25 (D10: its real polyline length).
// - travel_time_s = length_m / speed.
import { componentSizes, joiningLinks } from './components.ts';
import { haversineM, localPlane, polylineLengthM, roundTo, type LonLat } from './geo.ts';
import { mergedStops, municipalityCentres, type PlacedNode } from './model-nodes.ts';
import { spliceMotorway } from './motorway-splice.ts';
import { municipalityLocator } from './municipality-locator.ts';
import { nodeSnapper } from './nearest-node.ts';
import { delaunayEdges, gabrielEdges, type Edge } from './proximity-graph.ts';
import { assignClasses, MODEL_RULES, speedKmh, type ClassEdge } from './road-classes.ts';
import { regionClip } from './region-clip.ts';
import type { ModelInputs, RoadNetwork, RoadNode, RoadSegment } from './road-types.ts';

export interface ModelStats {
  stopsInRegion: number;
  stopNodes: number;
  municipalityNodes: number;
  motorwayNodes: number;
  junctions: number;
  gabrielEdges: number;
  droppedCrossingBoundary: number;
  joiningLinks: number;
  /** Component sizes of the finished network (direction ignored), largest first. */
  components: number[];
}

interface DraftEdge extends ClassEdge {
  coordinates: LonLat[];
  maxspeedKmh: number | null;
  name: string | null;
}

/** Links of the proximity graph among the base nodes, clipped to the region and reconnected. */
function proximityLinks(base: readonly PlacedNode[], clip: ReturnType<typeof regionClip>) {
  const plane = localPlane(base.reduce((s, n) => s + n.lonLat[1], 0) / base.length);
  const xy = base.map((n) => plane.toXY(n.lonLat));
  const leaves = (e: Edge) => clip.crossesBoundary(base[e[0]]!.lonLat, base[e[1]]!.lonLat);
  const gabriel = gabrielEdges(xy);
  const kept = gabriel.filter((e) => !leaves(e));
  const length = (e: Edge) => haversineM(base[e[0]]!.lonLat, base[e[1]]!.lonLat);
  const candidates = delaunayEdges(xy).sort((a, b) => length(a) - length(b) || a[0] - b[0] || a[1] - b[1]);
  const inside = joiningLinks(
    base.length,
    kept,
    candidates.filter((e) => !leaves(e)),
  );
  const outside = joiningLinks(base.length, [...kept, ...inside], candidates.filter(leaves));
  const links = [...kept, ...inside, ...outside].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return {
    links,
    gabriel: gabriel.length,
    dropped: gabriel.length - kept.length,
    joined: inside.length + outside.length,
  };
}

/** Generates the model network (see the comment at the top of this file). */
export function generateModelNetwork(inputs: ModelInputs): RoadNetwork & { stats: ModelStats } {
  const clip = regionClip(inputs.region);
  const locate = municipalityLocator(inputs.municipalities);
  const stops = mergedStops(inputs.stops, clip, MODEL_RULES.mergeStopsM);
  const centres = municipalityCentres(inputs.municipalities);
  const base = [...stops, ...centres];
  const seen = new Set<string>();
  for (const n of base) {
    const key = n.lonLat.join(',');
    if (seen.has(key)) throw new Error(`two model nodes at the same position ${key} (${n.name})`);
    seen.add(key);
  }
  const proximity = proximityLinks(base, clip);

  const baseSnapper = nodeSnapper(base.map((n, id) => ({ id, lonLat: n.lonLat })));
  const centreByCode = new Map(centres.map((c) => [c.ref, c.lonLat]));
  const motorway = spliceMotorway(inputs.motorway, {
    region: clip,
    locate,
    centreOf: (m) => centreByCode.get(m.code)!,
    nearestBase: (p) => baseSnapper.nearest(p)!.id,
    exitSpacingM: MODEL_RULES.exitSpacingM,
  });
  const offset = base.length;
  const positions: LonLat[] = [...base.map((n) => n.lonLat), ...motorway.nodes.map((n) => n.lonLat)];

  const straight = (a: number, b: number, roadClass: ClassEdge['class'], name: string | null): DraftEdge => ({
    from: a,
    to: b,
    oneway: false,
    lengthM: haversineM(positions[a]!, positions[b]!) * MODEL_RULES.detourFactor,
    class: roadClass,
    coordinates: [positions[a]!, positions[b]!],
    maxspeedKmh: null,
    name,
  });
  const edges: DraftEdge[] = [
    ...proximity.links.map(([a, b]) => straight(a, b, 'local', null)),
    ...motorway.connectors.map((c) =>
      straight(c.base, offset + c.junction, MODEL_RULES.connectorClass, c.name),
    ),
    ...motorway.segments.map((s): DraftEdge => {
      const coordinates = [positions[offset + s.from]!, positions[offset + s.to]!];
      return {
        from: offset + s.from,
        to: offset + s.to,
        oneway: s.oneway,
        lengthM: polylineLengthM(coordinates),
        class: 'motorway',
        coordinates,
        maxspeedKmh: s.maxspeedKmh,
        name: s.ref,
      };
    }),
  ];
  const places = base.flatMap((n, node) =>
    n.population === undefined ? [] : [{ node, population: n.population }],
  );
  const classes = assignClasses(positions, edges, places);

  const segments = edges.map((e, i): RoadSegment => {
    const [a, b] = [e.coordinates[0]!, e.coordinates[e.coordinates.length - 1]!];
    const town = locate([(a[0] + b[0]) / 2, (a[1] + b[1]) / 2]);
    const inSettlement = (town?.population ?? 0) >= MODEL_RULES.settlementMinPopulation;
    const speed = speedKmh(classes[i]!, inSettlement, e.maxspeedKmh);
    const lengthM = roundTo(e.lengthM, 1);
    return {
      id: i + 1,
      from: e.from + 1,
      to: e.to + 1,
      class: classes[i]!,
      speedKmh: speed,
      lengthM,
      travelTimeS: roundTo(lengthM / (speed / 3.6), 2),
      oneway: e.oneway,
      name: e.name,
      coordinates: e.coordinates.map((p) => [p[0], p[1]]),
    };
  });
  const nodes: RoadNode[] = [
    ...base.map((n, i): RoadNode => ({
      id: i + 1,
      kind: n.kind,
      ref: n.ref,
      name: n.name,
      lonLat: n.lonLat,
    })),
    ...motorway.nodes.map((n, i): RoadNode => ({ id: offset + i + 1, ...n })),
  ];
  return {
    nodes,
    segments,
    stats: {
      stopsInRegion: inputs.stops.filter((s) => clip.contains(s.lonLat)).length,
      stopNodes: stops.length,
      municipalityNodes: centres.length,
      motorwayNodes: motorway.nodes.length,
      junctions: motorway.connectors.length,
      gabrielEdges: proximity.gabriel,
      droppedCrossingBoundary: proximity.dropped,
      joiningLinks: proximity.joined,
      components: componentSizes(
        nodes.length,
        edges.map((e) => [e.from, e.to]),
      ),
    },
  };
}
