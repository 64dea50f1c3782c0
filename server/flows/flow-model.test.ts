import { describe, expect, it } from 'vitest';
import { FLOW_MODEL_PARAMETERS, generalisedCost, modelFlows, type Zone } from './flow-model.ts';
import type { CostMatrix } from './gravity-model.ts';

// A town (ORP seat) with three villages around it: two near the town, one further out.
const zones: Zone[] = [
  { code: '100001', population: 20000, areaKm2: 40, orpSeat: true },
  { code: '100002', population: 1500, areaKm2: 9, orpSeat: false },
  { code: '100003', population: 800, areaKm2: 6, orpSeat: false },
  { code: '100004', population: 3000, areaKm2: 16, orpSeat: false },
];
const roadMinutes: CostMatrix = {
  n: 4,
  cost: Float64Array.from([0, 8, 10, 25, 8, 0, 6, 30, 10, 6, 0, 28, 25, 30, 28, 0]),
};
const run = () => modelFlows(zones, roadMinutes);
const sum = (xs: readonly number[]) => xs.reduce((s, v) => s + v, 0);

describe('commuter-flow model', () => {
  const result = run();

  it('stores only flows between different municipalities, at or above the minimum', () => {
    expect(result.flows.length).toBeGreaterThan(0);
    for (const f of result.flows) {
      expect(f.origin).not.toBe(f.destination);
      expect(f.commuters).toBeGreaterThanOrEqual(FLOW_MODEL_PARAMETERS.minCommuters);
    }
    expect(result.internal.map((r) => r.code)).toEqual([
      ...zones.map((z) => z.code),
      ...zones.map((z) => z.code),
      ...zones.map((z) => z.code),
    ]);
  });

  it('sends every commuter of a purpose somewhere: origins = population × share', () => {
    const population = sum(zones.map((z) => z.population));
    expect(result.totals.work.origins).toBeCloseTo(population * FLOW_MODEL_PARAMETERS.work.residentShare, 6);
    expect(result.totals.school.origins).toBeCloseTo(
      population * FLOW_MODEL_PARAMETERS.school.residentShare,
      6,
    );
    for (const purpose of ['work', 'school', 'total'] as const) {
      const t = result.totals[purpose];
      expect(t.between + t.internal).toBeCloseTo(t.origins, 6);
    }
  });

  it('makes total the sum of work and school for each pair', () => {
    const key = (o: string, d: string) => `${o}>${d}`;
    const by = (p: string) =>
      new Map(
        result.flows.filter((f) => f.purpose === p).map((f) => [key(f.origin, f.destination), f.commuters]),
      );
    const [work, school, total] = [by('work'), by('school'), by('total')];
    for (const [k, v] of total) expect(v).toBeCloseTo((work.get(k) ?? 0) + (school.get(k) ?? 0), 0);
  });

  it('draws commuters into the ORP town, most from the nearest villages', () => {
    const work = result.flows.filter((f) => f.purpose === 'work');
    const inflow = (code: string) => sum(work.filter((f) => f.destination === code).map((f) => f.commuters));
    const outflow = (code: string) => sum(work.filter((f) => f.origin === code).map((f) => f.commuters));
    expect(inflow('100001')).toBeGreaterThan(outflow('100001'));
    const toTown = (code: string) =>
      work.find((f) => f.origin === code && f.destination === '100001')!.commuters;
    // Per inhabitant, the near village sends more to town than the far one.
    expect(toTown('100003') / 800).toBeGreaterThan(toTown('100004') / 3000);
  });

  it('uses intrazonal time on the diagonal and road time + terminal time elsewhere', () => {
    const c = generalisedCost(zones, roadMinutes, FLOW_MODEL_PARAMETERS);
    expect(c.cost[0]).toBeCloseTo(3 + 1.2 * Math.sqrt(40), 12);
    expect(c.cost[1]).toBe(8 + 4);
  });

  it('is deterministic', () => {
    expect(run()).toEqual(result);
  });
});
