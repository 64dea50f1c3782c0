import { describe, expect, it } from 'vitest';
import type { StopPlace } from './catchment.ts';
import { modelOccupancy, type ModelTrip } from './load-model.ts';
import { OCCUPANCY_DEFAULTS, vehicleCapacity, type OccupancyParams } from './occupancy-params.ts';

// A hand-made mini feed: tram route A (s1 → s2 → s3 → s4, at 07:xx and again at 08:xx) and bus
// route B (s5 → s3 → s2, at 07:xx); five stops, each its own place. Municipality M1 (400 residents)
// holds s1–s4, M2 (100) holds s5. All demand is in hour 7; equal weights, no caps, attraction =
// residents, so every number below can be worked out by hand (see the comments).
const at = (h: number, m: number) => h * 3600 + m * 60;
const call = (stopId: string, timeS: number) => ({
  stopId,
  placeId: stopId,
  timeS,
  pickup: true,
  dropOff: true,
});
const TRIPS: ModelTrip[] = [
  {
    tripId: 'A1',
    routeId: 'A',
    directionId: 0,
    routeType: 0,
    calls: [call('s1', at(7, 0)), call('s2', at(7, 2)), call('s3', at(7, 4)), call('s4', at(7, 6))],
  },
  {
    tripId: 'A2',
    routeId: 'A',
    directionId: 0,
    routeType: 0,
    calls: [call('s1', at(8, 0)), call('s2', at(8, 2)), call('s3', at(8, 4)), call('s4', at(8, 6))],
  },
  {
    tripId: 'B1',
    routeId: 'B',
    directionId: 1,
    routeType: 3,
    calls: [call('s5', at(7, 10)), call('s3', at(7, 15)), call('s2', at(7, 20))],
  },
];
const PLACES: StopPlace[] = [
  ...['s1', 's2', 's3', 's4'].map((placeId) => ({
    placeId,
    municipality: 'M1',
    population: 400,
    areaKm2: 1,
  })),
  { placeId: 's5', municipality: 'M2', population: 100, areaKm2: 1 },
];
const PARAMS: OccupancyParams = {
  ...OCCUPANCY_DEFAULTS,
  tripRate: 1,
  frequencyExponent: 0,
  urbanDensityFactor: 1000,
  centralityWeight: 0,
  profile: Array.from({ length: 24 }, (_, h) => (h === 7 ? 1 : 0)),
};

describe('transit occupancy model on a mini feed', () => {
  const model = modelOccupancy(TRIPS, PLACES, PARAMS);
  const trip = (id: string) => model.trips.find((t) => t.tripId === id)!;

  it('boards the catchment demand shared among the trips of the hour (golden numbers)', () => {
    // 100 residents per place; s3 has two boardable trips in hour 7 (A1, B1): 50 each. s4 is A's
    // last stop, s2 B's: nothing boards there. A2 runs at 8, when the profile has no demand.
    expect(trip('A1').boardings).toEqual([100, 100, 50, 0]);
    expect(trip('B1').boardings).toEqual([100, 50, 0]);
    expect(trip('A2').boardings).toEqual([0, 0, 0, 0]);
    // Equal attractions: s1's 100 spread over s2–s4, s2's 100 over s3–s4, s3's 50 to s4.
    const a = trip('A1').alightings;
    [0, 100 / 3, 100 / 3 + 50, 100 / 3 + 50 + 50].forEach((v, i) => expect(a[i]).toBeCloseTo(v, 9));
    const l = trip('A1').loads;
    [100, 500 / 3, 400 / 3].forEach((v, i) => expect(l[i]).toBeCloseTo(v, 9));
    expect(trip('B1').alightings).toEqual([0, 50, 100]);
    expect(trip('B1').loads).toEqual([100, 100]);
  });

  it('conserves passengers: boardings = alightings per trip, never negative, empty after the last stop', () => {
    for (const t of model.trips) {
      const b = t.boardings.reduce((x, y) => x + y, 0);
      const a = t.alightings.reduce((x, y) => x + y, 0);
      expect(a).toBeCloseTo(b, 9);
      expect(Math.min(...t.loads)).toBeGreaterThanOrEqual(-1e-9);
      expect(t.loads[t.loads.length - 1]! + t.boardings.at(-1)! - t.alightings.at(-1)!).toBeCloseTo(0, 9);
    }
  });

  it('aggregates segments by route, direction, stops and hour with nominal capacities', () => {
    const row = (route: string, from: string, hour: number) =>
      model.segments.find((s) => s.routeId === route && s.fromStop === from && s.hour === hour)!;
    expect(model.segments).toHaveLength(3 + 3 + 2);
    expect(row('A', 's2', 7)).toMatchObject({ toStop: 's3', trips: 1, capacity: 160 });
    expect(row('A', 's2', 7).loadFactor).toBeCloseTo(500 / 3 / 160, 9);
    expect(row('A', 's2', 8)).toMatchObject({ trips: 1, capacity: 160, passengers: 0, loadFactor: 0 });
    expect(row('B', 's5', 7)).toMatchObject({ toStop: 's3', trips: 1, capacity: 90, passengers: 100 });
    // Overloads: A1 s2→s3 (166.7 > 160), both of B1's segments (100 > 90).
    expect(model.totals.overloadedTripSegments).toBe(3);
    expect(model.totals.maxLoadFactor).toBeCloseTo(100 / 90, 9);
  });

  it('accounts for the demand that has no trip to board', () => {
    expect(model.totals.residentsInCatchments).toBe(500);
    expect(model.totals.demand).toBeCloseTo(500, 9);
    expect(model.totals.boardings).toBeCloseTo(400, 9);
    expect(model.totals.unservedDemand).toBeCloseTo(100, 9); // s4's residents: no boardable trip
    const s3 = model.stops.find((s) => s.stopId === 's3' && s.hour === 7)!;
    expect(s3.boardings).toBe(100);
    expect(s3.alightings).toBeCloseTo(100 / 3 + 50 + 50, 9);
  });

  it('spreads alightings by attraction (centrality) and is deterministic', () => {
    const central = modelOccupancy(TRIPS, PLACES, { ...PARAMS, centralityWeight: 1 });
    // s3 and s2 have the most calls (3 each, s1/s4 2, s5 1), so they attract more than s4 now.
    const a = central.trips.find((t) => t.tripId === 'A1')!.alightings;
    expect(a[2]!).toBeGreaterThan(100 / 3 + 50);
    expect(modelOccupancy([...TRIPS].reverse(), PLACES, PARAMS)).toEqual(model);
  });

  it('gives capacities by route type', () => {
    expect(vehicleCapacity(OCCUPANCY_DEFAULTS, 0)).toBe(160);
    expect(vehicleCapacity(OCCUPANCY_DEFAULTS, 3)).toBe(90);
    expect(vehicleCapacity(OCCUPANCY_DEFAULTS, 11)).toBe(90);
  });
});
