// Which municipality a point lies in: a bounding-box pass, then turf's point-in-polygon.
// Municipalities do not overlap, so the first hit is the answer.
import { bbox, booleanPointInPolygon } from '@turf/turf';
import type { LonLat } from './geo.ts';
import type { ModelInputs } from './road-types.ts';

export type Municipality = ModelInputs['municipalities'][number];

export function municipalityLocator(municipalities: readonly Municipality[]) {
  const boxes = municipalities.map((m) => bbox(m.geometry));
  return (p: LonLat): Municipality | undefined => {
    for (const [i, m] of municipalities.entries()) {
      const [w, s, e, n] = boxes[i]!;
      if (p[0] >= w && p[0] <= e && p[1] >= s && p[1] <= n && booleanPointInPolygon([p[0], p[1]], m.geometry))
        return m;
    }
    return undefined;
  };
}
