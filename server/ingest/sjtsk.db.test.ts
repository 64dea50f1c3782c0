import path from 'node:path';
import { distance } from '@turf/turf';
import type { Geometry, GeometryCollection, Position } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/db.ts';
import { openTestDb } from '../db/test-db.ts';
import { positionsOf } from './geometry-positions.ts';
import { BUNDLED_DATA_DIR } from './read-dataset.ts';
import { readShapefile } from './shapefile-reader.ts';
import { sjtskGeometryToWgs84 } from './sjtsk.ts';

// Our proj4 reprojection against PostGIS ST_Transform from EPSG:5514 (PROJ 9 picks its own
// transformation from the EPSG database) on every vertex of the four bundled flood-zone shapefiles.

const FILES = ['PovodiOhre_Q5', 'PovodiOhre_Q20', 'PovodiOhre_Q100', 'PovodiOhre_AZ'];
const TRANSFORM_SQL =
  'select ST_AsGeoJSON(ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON($1), 5514), 4326), 12) as geojson';

describe('S-JTSK reprojection: proj4 vs PostGIS ST_Transform', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openTestDb();
  });
  afterAll(() => db?.close());

  it('agrees within 1 m on every vertex of the four shapefiles', async () => {
    let max = 0;
    let count = 0;
    for (const name of FILES) {
      const features = await readShapefile(path.join(BUNDLED_DATA_DIR, 'flood/zones', `${name}.shp`));
      const collection: GeometryCollection = {
        type: 'GeometryCollection',
        geometries: features.map((f) => f.geometry),
      };
      const [row] = await db.query<{ geojson: string }>(TRANSFORM_SQL, [JSON.stringify(collection)]);
      const theirs = [...positionsOf(JSON.parse(row?.geojson ?? 'null') as Geometry)];
      const ours = [...positionsOf(sjtskGeometryToWgs84(collection))];
      expect(theirs.length).toBe(ours.length);
      ours.forEach((p, i) => {
        max = Math.max(max, distance(p, theirs[i] as Position, { units: 'meters' }));
      });
      count += ours.length;
    }
    console.log(
      `S-JTSK: proj4 vs ST_Transform on ${db.kind}, ${count} vertices: max difference ${max.toExponential(2)} m`,
    );
    expect(count).toBeGreaterThan(400_000);
    expect(max).toBeLessThan(1);
  });
});
