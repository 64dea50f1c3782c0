// Nodes of the model network: the regional bus stops (stops sit on roads) merged where several lie
// within a few metres of each other (both platforms of one stop), and one centre per municipality.
import { pointOnFeature } from '@turf/turf';
import { roundLonLat, type LonLat } from './geo.ts';
import { nodeSnapper } from './nearest-node.ts';
import type { RegionClip } from './region-clip.ts';
import type { ModelInputs } from './road-types.ts';

/** A node before ids are assigned. `population` is set on municipality centres only. */
export interface PlacedNode {
  kind: 'stop' | 'municipality';
  ref: string;
  name: string;
  lonLat: [number, number];
  population?: number;
}

/**
 * Stops inside the region, merged greedily in stop-id order: a stop within `mergeM` metres of an
 * earlier kept stop joins it (the kept stop's position and name stay; ref lists all ids).
 */
export function mergedStops(stops: ModelInputs['stops'], region: RegionClip, mergeM: number): PlacedNode[] {
  const inside = [...stops].sort((a, b) => a.id - b.id).filter((s) => region.contains(s.lonLat));
  const snapper = nodeSnapper(inside.map((s, i) => ({ id: i, lonLat: s.lonLat })));
  const keptAs = new Int32Array(inside.length).fill(-1);
  const out: PlacedNode[] = [];
  inside.forEach((s, i) => {
    if (keptAs[i] !== -1) return;
    const members = snapper
      .within(s.lonLat, mergeM)
      .map((n) => n.id)
      .filter((j) => keptAs[j] === -1)
      .sort((a, b) => a - b);
    for (const j of members) keptAs[j] = out.length;
    out.push({
      kind: 'stop',
      ref: members.map((j) => inside[j]!.id).join(','),
      name: s.name,
      lonLat: roundLonLat(s.lonLat),
    });
  });
  return out;
}

/** One node per municipality at turf's pointOnFeature (the centroid when it lies inside). */
export function municipalityCentres(municipalities: ModelInputs['municipalities']): PlacedNode[] {
  return [...municipalities]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((m) => ({
      kind: 'municipality',
      ref: m.code,
      name: m.name,
      lonLat: roundLonLat(
        pointOnFeature({ type: 'Feature', properties: {}, geometry: m.geometry }).geometry
          .coordinates as unknown as LonLat,
      ),
      population: m.population,
    }));
}
