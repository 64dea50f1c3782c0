import { describe, expect, it } from 'vitest';
import { buildGraph, type GraphSegment } from '../network/graph.ts';
import { assignAllOrNothing, travelMinutes } from './assignment.ts';
import { calibrateBeta, gravityTrips } from './gravity-model.ts';
import { HOURLY_PROFILES, nightShare } from './hourly-profiles.ts';
import { modelTraffic, type TrafficSegment } from './traffic-model.ts';
import { TRAFFIC_MODEL } from './traffic-params.ts';

// A hand-made network, times in seconds:
//
//   A(1) ──60── 2 ──60── B(3)
//               │         │
//              600       120
//               │         │
//             C(5) ──60── 4
//
// A 1,000 inhabitants, B 2,000, C 500. Fastest paths: A–B 2 min (1,2); B–C 3 min (3,4);
// A–C 5 min via B (1,2,3,4), not 11 min via the slow segment 5, which carries nothing.
const seg = (id: number, from: number, to: number, t: number): GraphSegment => ({
  id,
  from,
  to,
  travelTimeS: t,
  lengthM: t * 10,
  oneway: false,
});
const GRAPH = buildGraph([
  seg(1, 1, 2, 60),
  seg(2, 2, 3, 60),
  seg(3, 3, 4, 120),
  seg(4, 4, 5, 60),
  seg(5, 2, 5, 600),
]);
const ZONES = [
  { code: 'A', population: 1000, nodeId: 1 },
  { code: 'B', population: 2000, nodeId: 3 },
  { code: 'C', population: 500, nodeId: 5 },
];
const NODES = ZONES.map((z) => GRAPH.indexOf(z.nodeId)!);
const CLASSES: TrafficSegment[] = [
  { id: 1, class: 'I' },
  { id: 2, class: 'I' },
  { id: 3, class: 'II' },
  { id: 4, class: 'III' },
  { id: 5, class: 'local' },
];
const PARAMS = { originExponent: 1, destinationExponent: 1, betaPerMinute: 0.1, totalTrips: 1000 };

describe('gravity model', () => {
  const minutes = travelMinutes(GRAPH, NODES);

  it('takes travel times from the fastest paths', () => {
    expect([...minutes]).toEqual([0, 2, 5, 2, 0, 3, 5, 3, 0]);
  });

  it('gives the golden trip matrix for β = 0.1/min, a = b = 1, 1,000 trips', () => {
    // T_AB = k · 1000 · 2000 · e^−0.2, k = 1000 / Σ (worked out by hand in the comment above).
    const m = gravityTrips(ZONES, minutes, PARAMS);
    expect(m.k).toBeCloseTo(1.864596676e-4, 12);
    const t = (i: number, j: number) => m.trips[i * 3 + j]!;
    expect(t(0, 1)).toBeCloseTo(305.3205282, 6);
    expect(t(1, 0)).toBeCloseTo(305.3205282, 6);
    expect(t(0, 2)).toBeCloseTo(56.5467526, 6);
    expect(t(1, 2)).toBeCloseTo(138.1327192, 6);
    expect(t(0, 0)).toBe(0);
    expect([...m.trips].reduce((s, x) => s + x, 0)).toBeCloseTo(1000, 9);
    expect(m.meanMinutes).toBeCloseTo(2.615545954, 8);
  });

  it('finds β back from the mean trip time it produces', () => {
    const beta = calibrateBeta(ZONES, minutes, 2.615545954049963, PARAMS);
    expect(beta).toBeCloseTo(0.1, 8);
    expect(() => calibrateBeta(ZONES, minutes, 10, PARAMS)).toThrow(/outside/);
  });

  it('leaves unreachable pairs without trips', () => {
    const cut = new Float64Array(minutes);
    cut[0 * 3 + 2] = Infinity;
    const m = gravityTrips(ZONES, cut, PARAMS);
    expect(m.trips[2]).toBe(0);
    expect(m.trips[6]).toBeGreaterThan(0);
  });
});

describe('all-or-nothing assignment', () => {
  it('loads every trip on its fastest path, both directions on one segment', () => {
    const m = gravityTrips(ZONES, travelMinutes(GRAPH, NODES), PARAMS);
    const { vehicles, routedTrips } = assignAllOrNothing(
      GRAPH,
      NODES.map((n) => [n]),
      m.trips,
    );
    expect(routedTrips).toBeCloseTo(1000, 9);
    // Segments 1, 2: A↔B and A↔C; segments 3, 4: A↔C and B↔C; 5: nothing.
    expect(vehicles.get(1)).toBeCloseTo(723.7345616, 6);
    expect(vehicles.get(2)).toBeCloseTo(723.7345616, 6);
    expect(vehicles.get(3)).toBeCloseTo(389.3589436, 6);
    expect(vehicles.get(4)).toBeCloseTo(389.3589436, 6);
    expect(vehicles.has(5)).toBe(false);
  });

  it('splits the trips of a zone equally over its trip-end nodes', () => {
    // Zone C ends at nodes 5 and 4: half of A↔C and B↔C start/end at 4 and skip segment 4.
    const m = gravityTrips(ZONES, travelMinutes(GRAPH, NODES), PARAMS);
    const ends = [[GRAPH.indexOf(1)!], [GRAPH.indexOf(3)!], [GRAPH.indexOf(5)!, GRAPH.indexOf(4)!]];
    const { vehicles, routedTrips, unroutedTrips } = assignAllOrNothing(GRAPH, ends, m.trips);
    expect(routedTrips).toBeCloseTo(1000, 9);
    expect(unroutedTrips).toBe(0);
    expect(vehicles.get(1)).toBeCloseTo(723.7345616, 6);
    expect(vehicles.get(3)).toBeCloseTo(389.3589436, 6);
    expect(vehicles.get(4)).toBeCloseTo(389.3589436 / 2, 6);
  });

  it('counts trips to unreachable nodes as unrouted', () => {
    const oneway = buildGraph([{ ...seg(1, 1, 2, 60), oneway: true }]);
    const trips = Float64Array.from([0, 10, 7, 0]);
    const r = assignAllOrNothing(oneway, [[oneway.indexOf(1)!], [oneway.indexOf(2)!]], trips);
    expect(r).toMatchObject({ routedTrips: 10, unroutedTrips: 7 });
    expect(r.vehicles.get(1)).toBe(10);
  });
});

describe('hourly profiles', () => {
  it('sum to 1 with the documented shapes', () => {
    for (const p of Object.values(HOURLY_PROFILES)) {
      expect(p).toHaveLength(24);
      expect(p.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
    }
    const wd = HOURLY_PROFILES.weekday;
    const we = HOURLY_PROFILES.weekend;
    // Weekday: morning peak at 07 above the midday dip, afternoon peak at 15–16 above the morning one.
    expect(wd.indexOf(Math.max(...wd.slice(0, 11)))).toBe(7);
    expect(wd[7]!).toBeGreaterThan(wd[11]! * 1.3);
    expect(wd[15]!).toBeGreaterThan(wd[7]!);
    // Weekend: flatter, its highest hour around midday, no 07:00 peak.
    expect(Math.max(...we)).toBeLessThan(Math.max(...wd));
    expect([11, 12]).toContain(we.indexOf(Math.max(...we)));
    expect(we[7]!).toBeLessThan(we[12]! / 2);
    expect(wd[7]!).toBeGreaterThan(wd[3]! * 10);
    expect(nightShare('weekday')).toBeCloseTo(173 / 980, 12);
    expect(nightShare('weekend')).toBeGreaterThan(nightShare('weekday'));
  });
});

describe('traffic model end to end', () => {
  const run = () => modelTraffic(GRAPH, ZONES, CLASSES, { ...TRAFFIC_MODEL, meanTripMinutes: 2.5 });

  it('writes 2 × 24 rows per segment whose hours sum to the daily traffic', () => {
    const { rows, segments, matrix } = run();
    expect(rows).toHaveLength(5 * 48);
    expect(matrix.total).toBeCloseTo(0.4 * 3500, 9);
    expect(matrix.meanMinutes).toBeCloseTo(2.5, 6);
    const s1 = segments.find((s) => s.id === 1)!;
    const day = (id: number, d: string) =>
      rows.filter((r) => r.segmentId === id && r.dayType === d).reduce((s, r) => s + r.vehicles, 0);
    expect(day(1, 'weekday')).toBeCloseTo(s1.weekday, 9);
    expect(day(1, 'weekend')).toBeCloseTo(s1.weekday * 0.75, 9);
    // AADT = (5 · weekday + 2 · 0.75 · weekday) / 7.
    expect(s1.aadt).toBeCloseTo((s1.weekday * 6.5) / 7, 9);
    // Class I: 15 % heavy on weekdays, 6 % at weekends.
    expect(s1.heavyShare).toBeCloseTo((5 * 0.15 + 2 * 0.75 * 0.06) / 6.5, 12);
    expect(segments.find((s) => s.id === 5)).toMatchObject({ weekday: 0, aadt: 0 });
    const r7 = rows.find((r) => r.segmentId === 3 && r.dayType === 'weekday' && r.hour === 7)!;
    expect(r7.heavyVehicles / r7.vehicles).toBeCloseTo(0.1, 12);
  });

  it('gives identical output on two runs', () => {
    expect(run()).toEqual(run());
  });
});
