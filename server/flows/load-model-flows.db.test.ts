import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/db.ts';
import { openBundledTestDb } from '../db/bundled-test-db.ts';
import { loadModelFlows, modelFlowsIfEmpty, type ModelFlowsResult } from './load-model-flows.ts';

const LIBEREC = '563889';
const JABLONEC = '563510';

interface Flow {
  origin_code: string;
  destination_code: string;
  purpose: string;
  commuters: number;
}

describe('commuter-flow model on the bundled data', () => {
  let db: Db;
  let first: ModelFlowsResult | null;
  let population: number;
  const logged: string[] = [];
  const flows = () =>
    db.query<Flow>(
      `select origin_code, destination_code, purpose, commuters from transport.od_flows
       where source = 'model' order by purpose, origin_code, destination_code`,
    );

  beforeAll(async () => {
    db = await openBundledTestDb('occupancy');
    // First start models the flows too (and a reused PostGIS test database may hold earlier ones):
    // remove them to watch modelFlowsIfEmpty do the first-start work itself.
    await db.query('delete from transport.od_flows');
    await db.query('delete from transport.od_internal');
    first = await modelFlowsIfEmpty(db, { info: (_o, msg) => logged.push(msg) });
    [{ population }] = (await db.query<{ population: number }>(
      'select sum(population)::int as population from admin.municipalities',
    )) as [{ population: number }];
  });
  afterAll(() => db?.close());

  it('models on first start, once, and logs it', async () => {
    expect(first).toMatchObject({ zones: 215, snapped: 0 });
    expect(logged).toEqual(['commuter-flow model computed and loaded']);
    expect(await modelFlowsIfEmpty(db, { info: () => undefined })).toBeNull();
    const [v] = await db.query<{ version: number; row_count: number }>(
      `select version, row_count from ops.data_versions where dataset = 'od-flows'`,
    );
    expect(v?.row_count).toBe(first?.flows);
  });

  it('has plausible totals against the population', async () => {
    // Census 2021 (ČSÚ): ~0.20 work + ~0.05 school commuters to another municipality per inhabitant
    // nationally (2.1 M + 0.56 M of 10.5 M); the region's own flows (no flows to other regions) are a bit less.
    const [t] = await db.query<{ work: number; school: number; total: number }>(
      `select sum(commuters) filter (where purpose = 'work')::float8 as work,
              sum(commuters) filter (where purpose = 'school')::float8 as school,
              sum(commuters) filter (where purpose = 'total')::float8 as total
       from transport.od_flows where source = 'model'`,
    );
    console.log(
      `model flows: population ${population}, between municipalities: work ${Math.round(t!.work)}, school ${Math.round(t!.school)}, total ${Math.round(t!.total)}`,
    );
    expect(t!.work / population).toBeGreaterThan(0.12);
    expect(t!.work / population).toBeLessThan(0.25);
    expect(t!.school / population).toBeGreaterThan(0.03);
    expect(t!.school / population).toBeLessThan(0.08);
    // total = work + school per pair; it is cut at 0.5 commuters after the sum, so it keeps pairs the
    // two parts lose (a little more, never less).
    expect(t!.total / (t!.work + t!.school)).toBeGreaterThan(0.999);
    expect(t!.total / (t!.work + t!.school)).toBeLessThan(1.04);
    expect(first!.totals.work.origins).toBeCloseTo(population * 0.4, 3);
  });

  it('gives Liberec and Jablonec the largest inflows and Jablonec → Liberec among the largest flows', async () => {
    const rows = await flows();
    const total = rows.filter((f) => f.purpose === 'total');
    const inflow = new Map<string, number>();
    for (const f of total)
      inflow.set(f.destination_code, (inflow.get(f.destination_code) ?? 0) + f.commuters);
    const ranked = [...inflow].sort((a, b) => b[1] - a[1]).map(([code]) => code);
    expect(ranked.slice(0, 2)).toEqual([LIBEREC, JABLONEC]);
    const largest = [...total].sort((a, b) => b.commuters - a.commuters).slice(0, 3);
    expect(largest.map((f) => `${f.origin_code}>${f.destination_code}`)).toContain(`${JABLONEC}>${LIBEREC}`);
    expect(total.every((f) => f.origin_code !== f.destination_code)).toBe(true);
  });

  it('gives identical rows on a second run', async () => {
    const before = await flows();
    const again = await loadModelFlows(db);
    expect(again.version).toBe(first!.version + 1);
    expect(await flows()).toEqual(before);
  });
});
