// The traffic MODEL from end to end, pure: zones + road graph → gravity trips → all-or-nothing
// assignment → vehicles per working day on each segment → weekend day, heavy vehicles and hourly
// rows of transport.traffic_counts (source = 'model'). Deterministic: no random numbers.
import type { RoadGraph } from '../network/graph.ts';
import type { RoadClass } from '../network/road-types.ts';
import { assignAllOrNothing, travelMinutes } from './assignment.ts';
import { calibrateBeta, gravityTrips, type TripMatrix } from './gravity-model.ts';
import { HOURLY_PROFILES } from './hourly-profiles.ts';
import {
  DAY_TYPES,
  DAYS_PER_WEEK,
  TRAFFIC_MODEL,
  type DayType,
  type TrafficParams,
} from './traffic-params.ts';

export interface TrafficZone {
  code: string;
  population: number;
  /** Road node id of the zone's centre: travel times between zones are centre to centre. */
  nodeId: number;
  /** Road node ids the zone's trips start and end at, in equal shares (default: the centre). */
  endNodeIds?: readonly number[];
}

export interface TrafficSegment {
  id: number;
  class: RoadClass;
}

export interface TrafficRow {
  segmentId: number;
  dayType: DayType;
  hour: number;
  vehicles: number;
  heavyVehicles: number;
}

export interface SegmentTraffic {
  id: number;
  /** Vehicles on a working day, both directions. */
  weekday: number;
  aadt: number;
  heavyShare: number;
}

export interface TrafficModel {
  matrix: TripMatrix;
  segments: SegmentTraffic[];
  rows: TrafficRow[];
}

/** Daily vehicles and heavy vehicles of a segment of `roadClass` on a day of `day` type. */
export function dailyTraffic(weekday: number, roadClass: RoadClass, day: DayType, p: TrafficParams) {
  const weekend = day === 'weekend';
  const vehicles = weekday * (weekend ? p.weekendFactor : 1);
  const heavyShare = p.heavyShare[roadClass] * (weekend ? p.weekendHeavyFactor : 1);
  return { vehicles, heavy: vehicles * heavyShare };
}

/** Runs the model; every segment gets rows (zero where no modelled trip passes). */
export function modelTraffic(
  graph: RoadGraph,
  zones: readonly TrafficZone[],
  segments: readonly TrafficSegment[],
  p: TrafficParams = TRAFFIC_MODEL,
): TrafficModel {
  const indexOf = (z: TrafficZone, id: number) => {
    const index = graph.indexOf(id);
    if (index === undefined) throw new Error(`zone ${z.code}: node ${id} is not in the road graph`);
    return index;
  };
  const zoneNodes = zones.map((z) => indexOf(z, z.nodeId));
  const zoneEnds = zones.map((z) => (z.endNodeIds ?? [z.nodeId]).map((id) => indexOf(z, id)));
  const minutes = travelMinutes(graph, zoneNodes);
  const exponents = { originExponent: p.originExponent, destinationExponent: p.destinationExponent };
  const betaPerMinute = calibrateBeta(zones, minutes, p.meanTripMinutes, exponents);
  const population = zones.reduce((s, z) => s + z.population, 0);
  const matrix = gravityTrips(zones, minutes, {
    ...exponents,
    betaPerMinute,
    totalTrips: p.tripsPerInhabitant * population,
  });
  const { vehicles, unroutedTrips } = assignAllOrNothing(graph, zoneEnds, matrix.trips);
  if (unroutedTrips > 1e-6 * matrix.total)
    throw new Error(`${unroutedTrips.toFixed(0)} modelled trips have no path on the road network`);

  const out: SegmentTraffic[] = [];
  const rows: TrafficRow[] = [];
  for (const s of [...segments].sort((a, b) => a.id - b.id)) {
    const weekday = vehicles.get(s.id) ?? 0;
    let week = 0;
    let heavyWeek = 0;
    for (const day of DAY_TYPES) {
      const daily = dailyTraffic(weekday, s.class, day, p);
      week += DAYS_PER_WEEK[day] * daily.vehicles;
      heavyWeek += DAYS_PER_WEEK[day] * daily.heavy;
      HOURLY_PROFILES[day].forEach((share, hour) =>
        rows.push({
          segmentId: s.id,
          dayType: day,
          hour,
          vehicles: daily.vehicles * share,
          heavyVehicles: daily.heavy * share,
        }),
      );
    }
    out.push({ id: s.id, weekday, aadt: week / 7, heavyShare: week > 0 ? heavyWeek / week : 0 });
  }
  return { matrix, segments: out, rows };
}
