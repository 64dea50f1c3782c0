import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/db.ts';
import { openTestDb } from '../db/test-db.ts';
import type { ClipSpec } from './clip-polygon.ts';
import { requireOsmium, writeOsmFixture } from './fixtures/osm-fixture.ts';
import { SMALL_NETWORK, SMALL_NETWORK_CLIP, nodeId } from './fixtures/small-network.ts';
import { importOsmRoads } from './import-osm-roads.ts';
import { componentSizes } from './road-topology.ts';

// The OSM importer on a hand-made network, as OSM XML and as a PBF written by the real osmium tool.

interface SegmentRow {
  from_ref: string;
  to_ref: string;
  class: string;
  speed_kmh: number;
  length_m: number;
  travel_time_s: number;
  oneway: boolean;
  source: string;
  name: string | null;
}

const SEGMENTS_SQL = `select f.ref as from_ref, t.ref as to_ref, s.class, s.speed_kmh, s.length_m, s.travel_time_s,
  s.oneway, s.source, s.name
from transport.road_segments s
join transport.road_nodes f on f.id = s.from_node
join transport.road_nodes t on t.id = s.to_node
order by s.id`;

/** "3>7" for a segment from fixture node 3 to 7. */
const short = (ref: string) => String(Number(ref) - nodeId(0));
const pieceOf = (r: SegmentRow) => `${short(r.from_ref)}>${short(r.to_ref)}`;

/** The network expected inside the clip polygon: piece → [class, speed, oneway, name]. */
const EXPECTED: Record<string, [string, number, boolean, string | null]> = {
  '1>3': ['I', 70, false, 'Hlavní'],
  '3>4': ['I', 70, false, 'Hlavní'],
  '4>5': ['I', 70, false, 'Hlavní'],
  '5>11': ['I', 50, false, 'Hlavní'],
  '3>7': ['local', 50, false, 'Školní'],
  '8>4': ['II', 90, false, 'Příčná'],
  '4>9': ['II', 90, false, 'Příčná'],
  '7>10': ['III', 50, true, 'Jednosměrná'],
  '9>10': ['local', 48.28, true, 'Obrácená'],
  '11>13': ['III', 90, true, null],
  '13>11': ['III', 90, true, null],
  '13>17': ['local', 70, false, 'Venkovská'],
  '20>21': ['motorway', 130, true, 'D10'],
  '21>8': ['motorway', 60, true, null],
};

describe('importOsmRoads on osmium-built fixtures', () => {
  let db: Db;
  let dir: string;
  let files: { xml: string; pbf: string };

  beforeAll(async () => {
    requireOsmium();
    dir = await mkdtemp(path.join(tmpdir(), 'regiomap-osm-'));
    files = await writeOsmFixture(path.join(dir, 'small'), SMALL_NETWORK);
    db = await openTestDb();
  });
  afterAll(async () => {
    await db?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const segments = () => db.query<SegmentRow>(SEGMENTS_SQL);
  const clip = { kind: 'polygon', geometry: SMALL_NETWORK_CLIP } as const;

  it('imports the PBF: split at shared nodes, classes, speeds, oneways, footway skipped, clipped', async () => {
    const result = await importOsmRoads(db, files.pbf, { clip });
    const rows = await segments();
    const got = Object.fromEntries(
      rows.map((r) => [pieceOf(r), [r.class, Math.round(r.speed_kmh * 100) / 100, r.oneway, r.name]]),
    );
    expect(got).toEqual(EXPECTED);
    expect(rows.every((r) => r.source === 'osm')).toBe(true);
    // Segment ends only: 13 junctions (18 and 19 lie outside, 2, 6, 12, 14, 15 are inner vertices).
    const nodes = await db.query<{ ref: string; kind: string; source: string }>(
      'select ref, kind, source from transport.road_nodes order by ref',
    );
    expect(nodes.map((n) => Number(short(n.ref))).sort((a, b) => a - b)).toEqual([
      1, 3, 4, 5, 7, 8, 9, 10, 11, 13, 17, 20, 21,
    ]);
    expect(new Set(nodes.map((n) => `${n.kind}/${n.source}`))).toEqual(new Set(['junction/osm']));
    expect(result).toMatchObject({
      segments: 14,
      nodes: 13,
      pieces: 16,
      ways: 11,
      skippedWays: 2,
      missingNodes: 0,
      components: 1,
      largestComponentShare: 1,
    });
  });

  it('measures geodesic length and travel time', async () => {
    const rows = await segments();
    const hlavni = rows.find((r) => pieceOf(r) === '1>3');
    // 0.01° of longitude at 50.7° N on the WGS 84 ellipsoid: 706.5 m.
    expect(hlavni?.length_m).toBeCloseTo(706.5, 0);
    expect(hlavni?.travel_time_s).toBeCloseTo((706.5 / 70) * 3.6, 0);
    // The piece crossing the clip edge is kept whole (13 → 15 → 17: 0.016°).
    expect(rows.find((r) => pieceOf(r) === '13>17')?.length_m).toBeCloseTo(1130.4, 0);
  });

  it('gives the same network from the OSM XML, and the whole one without clipping', async () => {
    const fromPbf = (await segments()).map(pieceOf);
    await importOsmRoads(db, files.xml, { clip });
    expect((await segments()).map(pieceOf)).toEqual(fromPbf);

    const all = await importOsmRoads(db, files.xml, { clip: { kind: 'none' } });
    const pieces = (await segments()).map(pieceOf);
    expect(pieces).toEqual(expect.arrayContaining([...fromPbf, '17>18', '17>19']));
    expect(all).toMatchObject({ segments: 16, nodes: 15, components: 1 });
    const edges = await db.query<{ from: number; to: number }>(
      'select from_node as "from", to_node as "to" from transport.road_segments',
    );
    const ids = (await db.query<{ id: number }>('select id from transport.road_nodes')).map((r) => r.id);
    expect(componentSizes(ids, edges)).toEqual([15]);
  });

  it('replaces the network and bumps its data version on every import', async () => {
    const version = async () =>
      (
        await db.query<{ version: number; row_count: number }>(
          "select version, row_count from ops.data_versions where dataset = 'road-network'",
        )
      )[0];
    const before = await version();
    const result = await importOsmRoads(db, files.pbf, { clip });
    expect(await version()).toEqual({ version: (before?.version ?? 0) + 1, row_count: 14 });
    expect(result.version).toBe((before?.version ?? 0) + 1);
    const [count] = await db.query<{ n: number }>('select count(*)::int as n from transport.road_segments');
    expect(count?.n).toBe(14);
  });

  it('leaves the previous network untouched when an import fails', async () => {
    const snapshot = () =>
      db.query(
        'select id, from_node, to_node, class, speed_kmh, ST_AsText(geom) as wkt from transport.road_segments order by id',
      );
    const versions = () => db.query('select * from ops.data_versions order by dataset');
    const [beforeRows, beforeVersions] = [await snapshot(), await versions()];
    // Fails inside the transaction, after the delete: no road intersects this polygon.
    const faraway: ClipSpec = {
      kind: 'polygon',
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [16, 49],
            [16.1, 49],
            [16.1, 49.1],
            [16, 49],
          ],
        ],
      },
    };
    await expect(importOsmRoads(db, files.pbf, { clip: faraway })).rejects.toThrow(
      /no road inside the clip polygon/,
    );
    // The test database has no region: the default clip fails inside the transaction too.
    await expect(importOsmRoads(db, files.pbf, { clip: { kind: 'region' } })).rejects.toThrow(
      /admin.region is empty/,
    );
    expect(await snapshot()).toEqual(beforeRows);
    expect(await versions()).toEqual(beforeVersions);
  });

  it('rejects a missing file, a file without roads and a broken file with one clear line', async () => {
    await expect(importOsmRoads(db, path.join(dir, 'nope.osm.pbf'), { clip })).rejects.toThrow(
      /nope\.osm\.pbf: no such file/,
    );
    const paths = await writeOsmFixture(path.join(dir, 'footways'), {
      nodes: SMALL_NETWORK.nodes,
      ways: [{ id: 1, refs: [nodeId(1), nodeId(2)], tags: { highway: 'footway' } }],
    });
    await expect(importOsmRoads(db, paths.pbf, { clip })).rejects.toThrow(
      /no drivable roads .* 1 non-drivable highway ways skipped/,
    );
    const broken = path.join(dir, 'broken.osm');
    await writeFile(broken, '<osm version="0.6"><node id="1" lat="50" lon="15"></osm>');
    await expect(importOsmRoads(db, broken, { clip })).rejects.toThrow(/broken\.osm/);
    const [count] = await db.query<{ n: number }>('select count(*)::int as n from transport.road_segments');
    expect(count?.n).toBe(14);
  });
});
