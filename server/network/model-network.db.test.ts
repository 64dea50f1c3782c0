import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/db.ts';
import { openTestDb } from '../db/test-db.ts';
import { loadAll } from '../ingest/load-all.ts';
import { componentSizes } from './components.ts';
import { travelTimes } from './dijkstra.ts';
import { buildGraph, type GraphSegment, type RoadGraph } from './graph.ts';
import { loadModelNetwork, loadModelNetworkIfEmpty, ROAD_NETWORK_DATASET } from './load-model-network.ts';
import { readGraphSegments, readRoadNodes } from './read-road-graph.ts';

const ORP_TOWNS = [
  'Liberec',
  'Jablonec nad Nisou',
  'Česká Lípa',
  'Semily',
  'Turnov',
  'Tanvald',
  'Jilemnice',
  'Frýdlant',
  'Nový Bor',
  'Železný Brod',
];

describe('model road network in the database', () => {
  let db: Db;
  let graph: RoadGraph;
  let segments: GraphSegment[];
  /** Centre node id by municipality code, and by name (names repeat: use only for the ORP towns). */
  let centres: Map<string, number>;
  let byName: Map<string, number>;
  const logged: string[] = [];

  beforeAll(async () => {
    db = await openTestDb();
    // A reused PostGIS test database may hold an earlier network; start from an empty one.
    await db.query('delete from transport.road_segments');
    await db.query('delete from transport.road_nodes');
    await loadAll(db);
    const loaded = await loadModelNetworkIfEmpty(db, { info: (_o, msg) => logged.push(msg) });
    expect(loaded?.segments).toBeGreaterThan(3000);
    segments = await readGraphSegments(db);
    graph = buildGraph(segments);
    const rows = await db.query<{ code: string; name: string; id: number }>(
      `select m.code, m.name, n.id from transport.road_nodes n
       join admin.municipalities m on n.kind = 'municipality' and n.ref = m.code`,
    );
    centres = new Map(rows.map((r) => [r.code, r.id]));
    byName = new Map(rows.map((r) => [r.name, r.id]));
  });
  afterAll(() => db?.close());

  it('labels every row as the model and logs the load', async () => {
    const [row] = await db.query<{ nodes: number; segments: number; non_model: number }>(
      `select (select count(*) from transport.road_nodes)::int as nodes,
              (select count(*) from transport.road_segments)::int as segments,
              ((select count(*) from transport.road_nodes where source <> 'model') +
               (select count(*) from transport.road_segments where source <> 'model'))::int as non_model`,
    );
    expect(row).toMatchObject({ nodes: 2234, segments: 3954, non_model: 0 });
    expect(logged).toContain('model road network generated and loaded');
  });

  it('holds ≥ 99 % of its nodes in one component (direction ignored)', async () => {
    const nodes = await readRoadNodes(db);
    const index = new Map(nodes.map((n, i) => [n.id, i]));
    const sizes = componentSizes(
      nodes.length,
      segments.map((s) => [index.get(s.from)!, index.get(s.to)!]),
    );
    console.log(
      `model network: ${nodes.length} nodes, ${segments.length} segments, components ${sizes.join(', ')}`,
    );
    expect(sizes[0]! / nodes.length).toBeGreaterThanOrEqual(0.99);
  });

  it('reaches every municipality centre from Liberec and back', () => {
    expect(centres.size).toBe(215);
    const from = travelTimes(graph, byName.get('Liberec')!);
    const to = travelTimes(buildGraph(segments, { reverse: true }), byName.get('Liberec')!);
    for (const id of centres.values()) {
      expect(from.has(id)).toBe(true);
      expect(to.has(id)).toBe(true);
    }
  });

  it('has every class with plausible speeds, inside the region’s bounds', async () => {
    const classes = await db.query<{ class: string; n: number; min_speed: number; max_speed: number }>(
      `select class, count(*)::int as n, min(speed_kmh)::float8 as min_speed, max(speed_kmh)::float8 as max_speed
       from transport.road_segments group by class order by class`,
    );
    expect(classes.map((c) => c.class)).toEqual(['I', 'II', 'III', 'local', 'motorway']);
    for (const c of classes) {
      expect(c.min_speed).toBeGreaterThanOrEqual(30);
      expect(c.max_speed).toBeLessThanOrEqual(110);
    }
    const [outside] = await db.query<{ n: number }>(
      `select count(*)::int as n from transport.road_segments s, admin.region r
       where not ST_Within(s.geom, ST_Envelope(r.geom))`,
    );
    expect(outside?.n).toBe(0);
  });

  it('gives plausible car travel times between the ORP towns', () => {
    const minutes = ORP_TOWNS.map((a) => {
      const times = travelTimes(graph, byName.get(a)!);
      return ORP_TOWNS.map((b) => times.get(byName.get(b)!)! / 60);
    });
    const short = (t: string) => t.split(' ')[0]!.slice(0, 8);
    const table = [
      `${''.padEnd(19)}${ORP_TOWNS.map((t) => short(t).padStart(9)).join('')}`,
      ...ORP_TOWNS.map(
        (a, i) => `${a.padEnd(19)}${minutes[i]!.map((m) => m.toFixed(0).padStart(9)).join('')}`,
      ),
    ];
    console.log(`car travel time on the model network, minutes (row → column):\n${table.join('\n')}`);
    const t = (a: string, b: string) => minutes[ORP_TOWNS.indexOf(a)]![ORP_TOWNS.indexOf(b)]!;
    expect(t('Liberec', 'Jablonec nad Nisou')).toBeGreaterThanOrEqual(15);
    expect(t('Liberec', 'Jablonec nad Nisou')).toBeLessThanOrEqual(25);
    expect(t('Liberec', 'Česká Lípa')).toBeGreaterThanOrEqual(40);
    expect(t('Liberec', 'Česká Lípa')).toBeLessThanOrEqual(60);
    // Two-way model roads: the matrix is symmetric up to the one-way D10 carriageways.
    for (const a of ORP_TOWNS) for (const b of ORP_TOWNS) expect(Math.abs(t(a, b) - t(b, a))).toBeLessThan(2);
  });

  it('reloads in one transaction, replacing the model rows and bumping the data version', async () => {
    const version = async () =>
      (
        await db.query<{ version: number }>('select version from ops.data_versions where dataset = $1', [
          ROAD_NETWORK_DATASET,
        ])
      )[0]?.version;
    const before = await version();
    expect(await loadModelNetworkIfEmpty(db, { info: () => undefined })).toBeNull();
    const again = await loadModelNetwork(db);
    expect(again).toMatchObject({ nodes: 2234, segments: 3954 });
    expect(await version()).toBe(before! + 1);
  });

  it('refuses to mix the model with imported roads, leaving everything as it was', async () => {
    await db.query(
      `insert into transport.road_segments (id, from_node, to_node, class, speed_kmh, length_m, travel_time_s, source, geom)
       values (999999, 1, 2, 'local', 50, 1, 0.1, 'osm', ST_GeomFromText('LINESTRING(15 50.7, 15.001 50.7)', 4326))`,
    );
    try {
      await expect(loadModelNetwork(db)).rejects.toThrow(/imported segments/);
      const [row] = await db.query<{ n: number }>(
        `select count(*)::int as n from transport.road_segments where source = 'model'`,
      );
      expect(row?.n).toBe(3954);
    } finally {
      await db.query('delete from transport.road_segments where id = 999999');
    }
  });
});
