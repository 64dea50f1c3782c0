import type { RoadClass } from './road-tags.ts';

/** What every imported road piece carries into transport.road_segments besides its geometry. */
export interface RoadAttrs {
  roadClass: RoadClass;
  speedKmh: number;
  /** True: passable only in the direction of the line's coordinates. */
  oneway: boolean;
  name: string | null;
}
