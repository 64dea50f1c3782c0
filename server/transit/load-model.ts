// The transit occupancy MODEL for one service day. Pure and deterministic (no randomness).
// 1. Demand: a stop place's catchment residents × tripRate × the hour's profile share boards in that
//    hour, shared equally among the trips that may be boarded there in that hour (demand in an hour
//    without such a trip is counted as unserved).
// 2. Alightings: each boarding at call i is spread over the later calls of the trip with drop-off,
//    in proportion to their stop place's attraction (catchment + centrality).
// 3. Load on the segment after call i = boardings − alightings up to i (every boarding alights by the
//    last call, so the load is 0 after it and boardings = alightings per trip).
// Hours are those of the call's time in the service day, modulo 24 (25:10 counts as hour 1).
import { catchments, type StopPlace } from './catchment.ts';
import { normalisedProfile, vehicleCapacity, type OccupancyParams } from './occupancy-params.ts';

export interface ModelCall {
  stopId: string;
  /** The stop's station, or the stop itself: the unit catchments are computed for. */
  placeId: string;
  /** Seconds after midnight of the service day; null between untimed stops (the previous time is used). */
  timeS: number | null;
  pickup: boolean;
  dropOff: boolean;
}

export interface ModelTrip {
  tripId: string;
  routeId: string;
  directionId: number | null;
  routeType: number;
  calls: ModelCall[];
}

export interface TripLoad {
  tripId: string;
  capacity: number;
  boardings: number[];
  alightings: number[];
  /** Passengers on board between call i and i + 1. */
  loads: number[];
}

export interface SegmentLoad {
  routeId: string;
  directionId: number | null;
  fromStop: string;
  toStop: string;
  hour: number;
  trips: number;
  capacity: number;
  passengers: number;
  loadFactor: number;
  maxLoadFactor: number;
}

export interface StopActivity {
  stopId: string;
  hour: number;
  boardings: number;
  alightings: number;
}

export interface OccupancyTotals {
  trips: number;
  residentsInCatchments: number;
  residentsUnreached: number;
  demand: number;
  boardings: number;
  unservedDemand: number;
  maxLoadFactor: number;
  /** Trip segments with more passengers than nominal places. */
  overloadedTripSegments: number;
}

export interface OccupancyModel {
  trips: TripLoad[];
  segments: SegmentLoad[];
  stops: StopActivity[];
  totals: OccupancyTotals;
}

const hourOf = (s: number) => Math.floor(s / 3600) % 24;
const SEP = '\u0000';

/** The call times with gaps filled from the previous (or, at the start, the next) known time. */
function filledTimes(calls: readonly ModelCall[]): number[] | null {
  const first = calls.find((c) => c.timeS !== null)?.timeS;
  if (first == null) return null;
  let last = first;
  return calls.map((c) => (last = c.timeS ?? last));
}

/** Whether call i can be boarded: pickup allowed and a later call lets passengers off. */
const boardable = (calls: readonly ModelCall[], i: number) =>
  calls[i]!.pickup && calls.slice(i + 1).some((c) => c.dropOff);

export function modelOccupancy(
  trips: readonly ModelTrip[],
  places: readonly StopPlace[],
  params: OccupancyParams,
): OccupancyModel {
  const profile = normalisedProfile(params.profile);
  const timed = [...trips]
    .sort((a, b) => (a.tripId < b.tripId ? -1 : a.tripId > b.tripId ? 1 : 0))
    .flatMap((trip) => {
      const times = filledTimes(trip.calls);
      return times ? [{ trip, times }] : [];
    });

  const dailyCalls = new Map<string, number>();
  const opportunities = new Map<string, number>(); // place + hour → boardable calls
  for (const { trip, times } of timed)
    trip.calls.forEach((c, i) => {
      dailyCalls.set(c.placeId, (dailyCalls.get(c.placeId) ?? 0) + 1);
      if (!boardable(trip.calls, i)) return;
      const key = c.placeId + SEP + hourOf(times[i]!);
      opportunities.set(key, (opportunities.get(key) ?? 0) + 1);
    });
  const catchment = catchments(places, dailyCalls, params);

  let demand = 0;
  let served = 0;
  for (const [placeId, residents] of catchment.population)
    for (let h = 0; h < 24; h++) {
      const d = residents * params.tripRate * profile[h]!;
      demand += d;
      if (opportunities.has(placeId + SEP + h)) served += d;
    }

  const tripLoads: TripLoad[] = [];
  const segments = new Map<string, SegmentLoad>();
  const stops = new Map<string, StopActivity>();
  let overloaded = 0;
  let maxLoadFactor = 0;
  for (const { trip, times } of timed) {
    const n = trip.calls.length;
    const capacity = vehicleCapacity(params, trip.routeType);
    const boardings = new Array<number>(n).fill(0);
    const alightings = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++) {
      const call = trip.calls[i]!;
      if (!boardable(trip.calls, i)) continue;
      const hour = hourOf(times[i]!);
      const b =
        ((catchment.population.get(call.placeId) ?? 0) * params.tripRate * profile[hour]!) /
        opportunities.get(call.placeId + SEP + hour)!;
      boardings[i] = b;
      const targets = trip.calls.map((c, j) => j).filter((j) => j > i && trip.calls[j]!.dropOff);
      const attraction = targets.map((j) => catchment.attraction.get(trip.calls[j]!.placeId) ?? 0);
      const sum = attraction.reduce((a, v) => a + v, 0);
      targets.forEach((j, k) => {
        alightings[j]! += sum > 0 ? (b * attraction[k]!) / sum : b / targets.length;
      });
    }
    const loads: number[] = [];
    let onBoard = 0;
    for (let i = 0; i < n - 1; i++) {
      onBoard += boardings[i]! - alightings[i]!;
      loads.push(onBoard);
    }
    tripLoads.push({ tripId: trip.tripId, capacity, boardings, alightings, loads });

    trip.calls.forEach((c, i) => {
      const key = c.stopId + SEP + hourOf(times[i]!);
      const s = stops.get(key) ?? { stopId: c.stopId, hour: hourOf(times[i]!), boardings: 0, alightings: 0 };
      s.boardings += boardings[i]!;
      s.alightings += alightings[i]!;
      stops.set(key, s);
    });
    for (let i = 0; i < n - 1; i++) {
      const [from, to] = [trip.calls[i]!.stopId, trip.calls[i + 1]!.stopId];
      if (from === to) continue;
      const hour = hourOf(times[i]!);
      const key = [trip.routeId, trip.directionId ?? '', from, to, hour].join(SEP);
      const seg = segments.get(key) ?? {
        routeId: trip.routeId,
        directionId: trip.directionId,
        fromStop: from,
        toStop: to,
        hour,
        trips: 0,
        capacity: 0,
        passengers: 0,
        loadFactor: 0,
        maxLoadFactor: 0,
      };
      const lf = loads[i]! / capacity;
      seg.trips++;
      seg.capacity += capacity;
      seg.passengers += loads[i]!;
      seg.maxLoadFactor = Math.max(seg.maxLoadFactor, lf);
      seg.loadFactor = seg.passengers / seg.capacity;
      segments.set(key, seg);
      if (lf > 1) overloaded++;
      maxLoadFactor = Math.max(maxLoadFactor, lf);
    }
  }

  const byKey = <T>(m: Map<string, T>) =>
    [...m.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, v]) => v);
  const boarded = tripLoads.reduce((s, t) => s + t.boardings.reduce((a, b) => a + b, 0), 0);
  return {
    trips: tripLoads,
    segments: byKey(segments),
    stops: byKey(stops),
    totals: {
      trips: tripLoads.length,
      residentsInCatchments: catchment.assigned,
      residentsUnreached: catchment.unreached,
      demand,
      boardings: boarded,
      unservedDemand: demand - served,
      maxLoadFactor,
      overloadedTripSegments: overloaded,
    },
  };
}
