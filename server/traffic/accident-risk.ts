// The night accident-risk indicator, pure:
//   night accidents per million vehicle-km =
//     accidents / (AADT × night share × length_km × days / 1e6)
// where AADT × night share is the average day's traffic in 19:00–05:59 (the hours of the police
// night-accident data) and days the length of the accident period. The DENOMINATOR IS A MODEL on
// the model network unless a counter feed provides the segment's traffic. Per class the accidents
// and vehicle-km of its segments are summed before dividing (not an average of segment rates).
import { ROAD_CLASSES, type RoadClass } from '../network/road-types.ts';

export interface SegmentExposure {
  id: number;
  class: RoadClass;
  lengthM: number;
  /** Vehicles per average day in the night hours (AADT × night share). */
  nightVehicles: number;
  /** Where the traffic comes from; null when the segment has none. */
  source: 'model' | 'counter' | null;
  accidents: number;
}

export interface RiskRow {
  accidents: number;
  /** Million vehicle-km driven at night over the period. */
  nightMvkm: number;
  /** accidents / nightMvkm; null when nothing was driven. */
  rate: number | null;
}

/** Million night vehicle-km of one segment over `days` days. */
export const nightMvkm = (s: SegmentExposure, days: number) =>
  (s.nightVehicles * (s.lengthM / 1000) * days) / 1e6;

const rate = (accidents: number, mvkm: number) => (mvkm > 0 ? accidents / mvkm : null);

export function riskBySegment(segments: readonly SegmentExposure[], days: number) {
  return segments.map((s) => {
    const mvkm = nightMvkm(s, days);
    return {
      id: s.id,
      class: s.class,
      accidents: s.accidents,
      nightMvkm: mvkm,
      rate: rate(s.accidents, mvkm),
    };
  });
}

export interface ClassRisk extends RiskRow {
  class: RoadClass;
  segments: number;
  km: number;
  /** Segments whose traffic is counted, not modelled. */
  counterSegments: number;
}

export function riskByClass(segments: readonly SegmentExposure[], days: number): ClassRisk[] {
  return ROAD_CLASSES.map((roadClass) => {
    const of = segments.filter((s) => s.class === roadClass);
    const accidents = of.reduce((t, s) => t + s.accidents, 0);
    const mvkm = of.reduce((t, s) => t + nightMvkm(s, days), 0);
    return {
      class: roadClass,
      segments: of.length,
      km: of.reduce((t, s) => t + s.lengthM, 0) / 1000,
      counterSegments: of.filter((s) => s.source === 'counter').length,
      accidents,
      nightMvkm: mvkm,
      rate: rate(accidents, mvkm),
    };
  });
}

/** Days from `first` to `last`, both included (ISO dates). */
export function periodDays(first: string, last: string): number {
  return Math.round((Date.parse(`${last}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / 86_400_000) + 1;
}
