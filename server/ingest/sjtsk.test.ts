import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { distance } from '@turf/turf';
import type { Position } from 'geojson';
import proj4 from 'proj4';
import { beforeAll, describe, expect, it } from 'vitest';
import { positionsOf } from './geometry-positions.ts';
import { BUNDLED_DATA_DIR } from './read-dataset.ts';
import { readShapefile } from './shapefile-reader.ts';
import { SJTSK_PROJ4, sjtskToWgs84 } from './sjtsk.ts';

// Our proj4 reprojection of the bundled S-JTSK flood-zone shapefiles against GDAL's WGS 84 copies
// (ogr2ogr -s_srs EPSG:5514 -t_srs EPSG:4326, coordinates written with 6 decimals ≈ 0.07 m rounding).

const FILES = ['PovodiOhre_Q5', 'PovodiOhre_Q20', 'PovodiOhre_Q100', 'PovodiOhre_AZ'];
const FIXTURE = path.join(import.meta.dirname, 'fixtures/sjtsk-gdal-sample.csv');
const RAW_FLOOD_DIR = path.resolve(
  process.env.REGIOMAP_RAW_DIR ?? path.resolve(import.meta.dirname, '../../../shared/data/raw'),
  'liberecky_kraj_opendata/zaplavova_uzemi_povodi_ohre',
);

const metres = (a: Position, b: Position) => distance(a, b, { units: 'meters' });

/** Every vertex of a bundled S-JTSK shapefile, in reader order. */
async function sjtskVertices(name: string): Promise<Position[]> {
  const features = await readShapefile(path.join(BUNDLED_DATA_DIR, 'flood/zones', `${name}.shp`));
  return features.flatMap((f) => [...positionsOf(f.geometry)]);
}

/** The largest distance between our reprojection and the GDAL positions, over the given pairs. */
function maxDifference(
  vertices: Map<string, Position[]>,
  pairs: { file: string; vertex: number; gdal: Position }[],
  convert = sjtskToWgs84,
) {
  let max = 0;
  for (const { file, vertex, gdal } of pairs) {
    const source = vertices.get(file)?.[vertex];
    if (!source) throw new Error(`${file} has no vertex ${vertex}`);
    max = Math.max(max, metres(convert(source), gdal));
  }
  return max;
}

describe('S-JTSK (EPSG:5514) → WGS 84 with proj4', () => {
  const vertices = new Map<string, Position[]>();
  let pairs: { file: string; vertex: number; gdal: Position }[] = [];

  beforeAll(async () => {
    for (const name of FILES) vertices.set(name, await sjtskVertices(name));
    const lines = (await readFile(FIXTURE, 'utf8')).trim().split('\n').slice(1);
    pairs = lines.map((line) => {
      const [file = '', vertex, lon, lat] = line.split(',');
      return { file, vertex: Number(vertex), gdal: [Number(lon), Number(lat)] };
    });
  });

  it('matches the GDAL copies within 1 m on the committed sample (every 50th vertex of all four files)', () => {
    expect(new Set(pairs.map((p) => p.file))).toEqual(new Set(FILES));
    expect(pairs.length).toBeGreaterThan(8000);
    const max = maxDifference(vertices, pairs);
    console.log(`S-JTSK vs GDAL, ${pairs.length} sampled vertices: max difference ${max.toFixed(3)} m`);
    expect(max).toBeLessThan(1);
  });

  it.skipIf(!existsSync(path.join(RAW_FLOOD_DIR, 'PovodiOhre_Q5_wgs84.geojson')))(
    'matches the GDAL copies within 1 m on every vertex of all four files (raw data present)',
    async () => {
      let max = 0;
      let count = 0;
      for (const name of FILES) {
        const gdal = JSON.parse(
          await readFile(path.join(RAW_FLOOD_DIR, `${name}_wgs84.geojson`), 'utf8'),
        ) as {
          features: { geometry: GeoJSON.Geometry }[];
        };
        const theirs = gdal.features.flatMap((f) => [...positionsOf(f.geometry)]);
        const ours = vertices.get(name) ?? [];
        expect(theirs.length).toBe(ours.length);
        ours.forEach((p, i) => {
          max = Math.max(max, metres(sjtskToWgs84(p), theirs[i] as Position));
        });
        count += ours.length;
      }
      console.log(`S-JTSK vs GDAL, all ${count} vertices of 4 files: max difference ${max.toFixed(3)} m`);
      expect(count).toBeGreaterThan(400_000);
      expect(max).toBeLessThan(1);
    },
  );

  it('would fail with the 3-parameter shift of PostGIS proj4text (so the 1 m bound means something)', () => {
    const coarse = proj4(SJTSK_PROJ4.replace(/\+towgs84=\S+/, '+towgs84=589,76,480,0,0,0,0'), 'WGS84');
    const max = maxDifference(vertices, pairs, (p) => coarse.forward(p));
    expect(max).toBeGreaterThan(1);
  });

  it('rejects positions that are not EPSG:5514 negative metres', () => {
    expect(() => sjtskToWgs84([730651, 964421])).toThrow(/EPSG:5514/);
    expect(() => sjtskToWgs84([15.05, 50.77])).toThrow(/EPSG:5514/);
  });
});
