import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/db.ts';
import { openTestDb } from '../db/test-db.ts';
import { importRoadFeatures, type FeatureImportOptions } from './import-road-features.ts';

// The generic importer on a road file in S-JTSK (fixtures/README.md): as GeoJSON and as a shapefile.

const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const GEOJSON = path.join(FIXTURES, 'roads-sjtsk.geojson');
const SHAPEFILE = path.join(FIXTURES, 'roads-sjtsk.shp');

const MAPPING: FeatureImportOptions = {
  classField: 'trida',
  classMap: { '1': 'I', '2': 'II', '3': 'III', místní: 'local' },
  speedField: 'rychlost',
  nameField: 'nazev',
  clip: { kind: 'none' },
};

interface Row {
  class: string;
  speed_kmh: number;
  name: string | null;
  source: string;
  oneway: boolean;
  from_node: number;
  to_node: number;
}

describe('importRoadFeatures on an S-JTSK road file', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openTestDb();
  });
  afterAll(() => db?.close());

  const rows = () =>
    db.query<Row>(
      'select class, speed_kmh, name, source, oneway, from_node, to_node from transport.road_segments order by id',
    );

  it('maps classes and speeds, snaps the shared ends into junctions and reprojects to WGS 84', async () => {
    const result = await importRoadFeatures(db, GEOJSON, MAPPING);
    expect(result).toMatchObject({ features: 4, pieces: 5, segments: 5, nodes: 6, components: 1 });
    expect((await rows()).map((r) => [r.class, r.speed_kmh, r.name, r.source, r.oneway])).toEqual([
      ['I', 90, 'Průtah', 'import', false],
      ['II', 70, 'Ještědská', 'import', false],
      ['III', 90, null, 'import', false],
      ['III', 90, null, 'import', false],
      ['local', 30, 'Žitná', 'import', false],
    ]);
    // The junction where classes I, II and III meet was drawn at 15.06 E, 50.77 N (0.36 m apart in the file).
    const [junction] = await db.query<{
      lon: number;
      lat: number;
      degree: number;
      kind: string;
      ref: string | null;
    }>(
      `select ST_X(n.geom) as lon, ST_Y(n.geom) as lat, n.kind, n.ref,
         (select count(*)::int from transport.road_segments s where n.id in (s.from_node, s.to_node)) as degree
       from transport.road_nodes n order by degree desc, id limit 1`,
    );
    expect(junction).toMatchObject({ degree: 3, kind: 'junction', ref: null });
    expect(junction?.lon).toBeCloseTo(15.06, 5);
    expect(junction?.lat).toBeCloseTo(50.77, 5);
  });

  it('reads the shapefile to the same network', async () => {
    const fromGeoJson = await rows();
    const result = await importRoadFeatures(db, SHAPEFILE, MAPPING);
    expect(result).toMatchObject({ segments: 5, nodes: 6, components: 1 });
    expect(await rows()).toEqual(fromGeoJson);
  });

  it('leaves ends further apart than the tolerance unjoined', async () => {
    const result = await importRoadFeatures(db, GEOJSON, { ...MAPPING, snapM: 0.1 });
    expect(result).toMatchObject({ segments: 5, nodes: 7, components: 2 });
  });

  it('fails on unknown class values and a missing file, leaving the network as it was', async () => {
    const before = await rows();
    const { classMap: _, ...unmapped } = MAPPING;
    await expect(importRoadFeatures(db, GEOJSON, unmapped)).rejects.toThrow(
      'unknown class values in trida: "1", "2", "3", "místní"',
    );
    await expect(importRoadFeatures(db, path.join(FIXTURES, 'none.geojson'), MAPPING)).rejects.toThrow(
      /none\.geojson: no such file/,
    );
    await expect(
      importRoadFeatures(db, GEOJSON, {
        ...MAPPING,
        clip: {
          kind: 'polygon',
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [16, 49],
                [16.1, 49],
                [16, 49.1],
                [16, 49],
              ],
            ],
          },
        },
      }),
    ).rejects.toThrow(/no road inside the clip polygon/);
    expect(await rows()).toEqual(before);
  });
});
