// Snapping a position to the nearest road node: a k-d tree (kdbush) on a local metric plane,
// searched in growing circles. Good for the region (plane error < 0.1 %); distances returned are
// haversine metres.
import KDBush from 'kdbush';
import { haversineM, localPlane, type LonLat } from './geo.ts';

export interface NodePosition {
  id: number;
  lonLat: LonLat;
}

export interface NearestNode {
  id: number;
  distanceM: number;
}

export interface NodeSnapper {
  /** The nearest node within maxDistanceM (default unlimited), or undefined. Ties go to the lower id. */
  nearest(p: LonLat, maxDistanceM?: number): NearestNode | undefined;
  /** All nodes within radiusM, nearest first. */
  within(p: LonLat, radiusM: number): NearestNode[];
}

export function nodeSnapper(nodes: readonly NodePosition[]): NodeSnapper {
  const refLat = nodes.length ? nodes.reduce((s, n) => s + n.lonLat[1], 0) / nodes.length : 0;
  const plane = localPlane(refLat);
  const index = new KDBush(Math.max(1, nodes.length));
  for (const n of nodes) index.add(...plane.toXY(n.lonLat));
  index.finish();

  const within = (p: LonLat, radiusM: number): NearestNode[] => {
    const [x, y] = plane.toXY(p);
    // The plane distorts by < 0.1 %: search a little wider, then filter on the true distance.
    return index
      .within(x, y, radiusM * 1.002)
      .map((i) => ({ id: nodes[i]!.id, distanceM: haversineM(p, nodes[i]!.lonLat) }))
      .filter((n) => n.distanceM <= radiusM)
      .sort((a, b) => a.distanceM - b.distanceM || a.id - b.id);
  };

  return {
    within,
    nearest(p, maxDistanceM = Infinity) {
      if (nodes.length === 0) return undefined;
      for (let r = Math.min(250, maxDistanceM); ; r = Math.min(r * 4, maxDistanceM)) {
        const found = within(p, r)[0];
        if (found || r >= maxDistanceM || r > 4e7) return found;
      }
    },
  };
}
