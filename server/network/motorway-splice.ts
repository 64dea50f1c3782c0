// Splices the real D10 motorway (OpenStreetMap ways) into the model network.
// - Every vertex of the D10 inside the region becomes a node, consecutive vertices a segment with
//   the way's direction (each carriageway is a separate one-way way in OSM).
// - The OSM extract has no slip roads, so access is modelled: on every carriageway, (a) the vertex
//   nearest to the centre of each municipality the carriageway passes through is an exit candidate
//   (kept when at least exitSpacingM from the carriageway's other junctions), and (b) its loose ends (the region boundary and the end of the motorway at Turnov, where the
//   real road continues as the I/35) are junctions too. Each junction gets a two-way connector to
//   the nearest stop / municipality node.
import { UnionFind } from './components.ts';
import { haversineM, roundLonLat, type LonLat } from './geo.ts';
import type { Municipality } from './municipality-locator.ts';
import type { RegionClip } from './region-clip.ts';
import type { ModelInputs } from './road-types.ts';

export interface MotorwayPart {
  nodes: { kind: 'motorway' | 'junction'; name: string; ref: string; lonLat: [number, number] }[];
  /** Segments between motorway node indices, in the way's direction. */
  segments: { from: number; to: number; oneway: boolean; maxspeedKmh: number | null; ref: string }[];
  /** Connectors: motorway (junction) node index → index of the base node it joins. */
  connectors: { junction: number; base: number; name: string }[];
}

export interface SpliceContext {
  region: RegionClip;
  locate: (p: LonLat) => Municipality | undefined;
  centreOf: (m: Municipality) => LonLat;
  /** The nearest base (stop or municipality) node index to a point. */
  nearestBase: (p: LonLat) => number;
  /** Least distance between two junctions of one carriageway. */
  exitSpacingM: number;
}

export function spliceMotorway(ways: ModelInputs['motorway'], ctx: SpliceContext): MotorwayPart {
  const part: MotorwayPart = { nodes: [], segments: [], connectors: [] };
  const byKey = new Map<string, number>();
  const nodeAt = (p: LonLat, ref: string) => {
    const lonLat = roundLonLat(p);
    const key = lonLat.join(',');
    let i = byKey.get(key);
    if (i === undefined) {
      i = part.nodes.push({ kind: 'motorway', name: ref, ref, lonLat }) - 1;
      byKey.set(key, i);
    }
    return i;
  };
  for (const way of ways) {
    for (let v = 1; v < way.coordinates.length; v++) {
      const [a, b] = [way.coordinates[v - 1]!, way.coordinates[v]!];
      if (!ctx.region.contains(a) || !ctx.region.contains(b) || ctx.region.crossesBoundary(a, b)) continue;
      const [from, to] = [nodeAt(a, way.ref), nodeAt(b, way.ref)];
      if (from !== to)
        part.segments.push({ from, to, oneway: way.oneway, maxspeedKmh: way.maxspeedKmh, ref: way.ref });
    }
  }

  const n = part.nodes.length;
  const [inDeg, outDeg] = [new Int32Array(n), new Int32Array(n)];
  const carriageways = new UnionFind(n);
  for (const s of part.segments) {
    outDeg[s.from]!++;
    inDeg[s.to]!++;
    if (!s.oneway) {
      inDeg[s.from]!++;
      outDeg[s.to]!++;
    }
    carriageways.union(s.from, s.to);
  }
  // Loose ends first, then exit candidates: per (carriageway, municipality) the vertex nearest to
  // the municipality's centre, larger municipalities first, each at least exitSpacingM from the
  // junctions already on its carriageway (real exits are kilometres apart).
  const junctions = new Map<number, string>();
  for (let i = 0; i < n; i++)
    if (inDeg[i] === 0 || outDeg[i] === 0) junctions.set(i, `${part.nodes[i]!.ref} end`);
  const candidates = new Map<string, { node: number; distance: number; m: Municipality }>();
  for (let i = 0; i < n; i++) {
    const m = ctx.locate(part.nodes[i]!.lonLat);
    if (!m) continue;
    const key = `${carriageways.find(i)}/${m.code}`;
    const distance = haversineM(part.nodes[i]!.lonLat, ctx.centreOf(m));
    const best = candidates.get(key);
    if (!best || distance < best.distance) candidates.set(key, { node: i, distance, m });
  }
  const ordered = [...candidates.values()].sort(
    (a, b) => b.m.population - a.m.population || a.m.code.localeCompare(b.m.code) || a.node - b.node,
  );
  for (const { node, m } of ordered) {
    const spaced = [...junctions.keys()].every(
      (j) =>
        carriageways.find(j) !== carriageways.find(node) ||
        haversineM(part.nodes[j]!.lonLat, part.nodes[node]!.lonLat) >= ctx.exitSpacingM,
    );
    if (spaced) junctions.set(node, `${part.nodes[node]!.ref} exit ${m.name}`);
  }

  for (const [junction, name] of [...junctions].sort((a, b) => a[0] - b[0])) {
    part.nodes[junction]!.kind = 'junction';
    part.nodes[junction]!.name = name;
    part.connectors.push({ junction, base: ctx.nearestBase(part.nodes[junction]!.lonLat), name });
  }
  return part;
}
