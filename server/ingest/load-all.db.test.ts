import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/db.ts';
import { openTestDb } from '../db/test-db.ts';
import { DatasetError } from './dataset-error.ts';
import { datasetById } from './datasets.ts';
import { loadAllIfEmpty } from './load-all.ts';
import { loadDataset, type LoadResult } from './load-dataset.ts';
import { BUNDLED_DATA_DIR } from './read-dataset.ts';

interface FC {
  features: { properties: Record<string, unknown>; geometry: { type: string; coordinates: unknown } }[];
}

const readBundled = async (file: string) =>
  JSON.parse(await readFile(path.join(BUNDLED_DATA_DIR, file), 'utf8')) as FC;

/** A data dir holding only `file`, a copy of the bundled one with `edit` applied. */
async function brokenCopy(file: string, edit: (fc: FC) => void): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'regiomap-broken-'));
  const fc = await readBundled(file);
  edit(fc);
  await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
  await writeFile(path.join(dir, file), JSON.stringify(fc));
  return dir;
}

describe('loading all bundled datasets', () => {
  let db: Db;
  let loaded: LoadResult[];
  const logged: string[] = [];
  const count = async (table: string) =>
    (await db.query<{ n: number }>(`select count(*)::int as n from ${table}`))[0]?.n;
  const version = async (dataset: string) =>
    (
      await db.query<{ version: number }>('select version from ops.data_versions where dataset = $1', [
        dataset,
      ])
    )[0]?.version;

  beforeAll(async () => {
    db = await openTestDb();
    // A reused PostGIS test database may remember an earlier run; start from "never loaded".
    await db.query('delete from ops.data_versions');
    loaded = await loadAllIfEmpty(db, { info: (_obj, msg) => logged.push(msg) });
  });
  afterAll(() => db?.close());

  it('loads every table with the expected row count and records one version each', async () => {
    const expected: Record<string, [string, number]> = {
      region: ['admin.region', 1],
      okresy: ['admin.okresy', 4],
      orp: ['admin.orp', 10],
      municipalities: ['admin.municipalities', 215],
      gauges: ['flood.gauges', 51],
      'flood-zones': ['flood.zones', 99],
      railways: ['transport.railways', 22],
      stops: ['transport.stops', 2202],
      'fire-stations': ['emergency.fire_stations', 23],
      hospitals: ['emergency.hospitals', 12],
      // 111 castles, chateaux and ruins (Wikidata) + 5 museums and galleries.
      'heritage-sites': ['heritage.sites', 116],
    };
    expect(loaded.map((r) => r.dataset)).toEqual(Object.keys(expected));
    for (const [table, rows] of Object.values(expected)) expect(await count(table), table).toBe(rows);
    expect(loaded.map((r) => r.rows)).toEqual(Object.values(expected).map(([, rows]) => rows));
    const versions = await db.query<{ dataset: string; version: number; row_count: number }>(
      'select dataset, version, row_count from ops.data_versions order by dataset',
    );
    expect(versions).toHaveLength(11);
    for (const v of versions) expect([v.version, v.row_count]).toEqual([1, expected[v.dataset]?.[1]]);
    expect(logged.filter((m) => m === 'dataset loaded')).toHaveLength(11);
    expect(await loadAllIfEmpty(db, { info: () => undefined })).toEqual([]);
  });

  it('keeps the population of the source and derives geodesic area and density', async () => {
    const fileSum = (await readBundled('admin/municipalities.geojson')).features.reduce(
      (sum, f) => sum + (f.properties.obv as number),
      0,
    );
    expect(fileSum).toBe(442_476);
    const [m] = await db.query<{
      population: number;
      area: number;
      region_area: number;
      bad_density: number;
    }>(
      `select sum(population)::int as population, sum(area_km2) as area,
         (select ST_Area(geom::geography) / 1e6 from admin.region) as region_area,
         count(*) filter (where abs(density - population / area_km2) > 1e-9)::int as bad_density
       from admin.municipalities`,
    );
    expect(m?.population).toBe(fileSum);
    expect(m?.bad_density).toBe(0);
    // The region measures 3,163 km² (ČSÚ); both boundary sets are simplified.
    expect(m?.area).toBeGreaterThan(3163 * 0.985);
    expect(m?.area).toBeLessThan(3163 * 1.015);
    expect(Math.abs((m?.area ?? 0) - (m?.region_area ?? 0)) / 3163).toBeLessThan(0.01);
    const [liberec] = await db.query<{ area_km2: number; density: number }>(
      "select area_km2, density from admin.municipalities where name = 'Liberec'",
    );
    expect(liberec?.area_km2).toBeGreaterThan(104); // 106.1 km² officially
    expect(liberec?.area_km2).toBeLessThan(108);
    expect(liberec?.density).toBeCloseTo(104_261 / (liberec?.area_km2 ?? 1), 6);
  });

  it('loads gauge thresholds with nulls where ČHMÚ publishes none', async () => {
    const rows = await db.query<Record<string, unknown>>(
      "select name, river, spa_type, spa1_h, spa2_h, spa3_h, dry_q from flood.gauges where dbc in ('316000', '087930') order by dbc",
    );
    expect(rows).toEqual([
      {
        name: 'Kristiánov',
        river: 'Kamenice',
        spa_type: 'H',
        spa1_h: null,
        spa2_h: null,
        spa3_h: null,
        dry_q: null,
      },
      {
        name: 'Liberec',
        river: 'Lužická Nisa',
        spa_type: 'H',
        spa1_h: 85,
        spa2_h: 125,
        spa3_h: 160,
        dry_q: 0.381,
      },
    ]);
    expect(await count('flood.gauges where spa_type is null')).toBe(9);
  });

  it('loads valid flood zones of every kind inside the region, with Czech names decoded from CP1250', async () => {
    const kinds = await db.query<{ kind: string; n: number; invalid: number; outside: number }>(
      `select kind, count(*)::int as n,
         count(*) filter (where not ST_IsValid(geom) or ST_IsEmpty(geom))::int as invalid,
         count(*) filter (where not ST_Within(geom, ST_MakeEnvelope(14.34, 50.46, 15.64, 51.03, 4326)))::int as outside
       from flood.zones group by kind order by kind`,
    );
    expect(kinds).toEqual([
      { kind: 'AZ', n: 26, invalid: 0, outside: 0 },
      { kind: 'Q100', n: 26, invalid: 0, outside: 0 },
      { kind: 'Q20', n: 24, invalid: 0, outside: 0 },
      { kind: 'Q5', n: 23, invalid: 0, outside: 0 },
    ]);
    const rivers = (await db.query<{ river: string }>('select distinct river from flood.zones')).map(
      (r) => r.river,
    );
    expect(rivers).toEqual(expect.arrayContaining(['Ploučnice', 'Kamenice', 'Šenovský potok', 'Liběchovka']));
    // Mis-decoded CP1250 shows up as replacement characters or Latin-1 look-alikes.
    expect(
      await count(
        "flood.zones where river || coalesce(study, '') ~ '[\uFFFD\u00C0-\u00C8\u00E8\u00F8\u00B9\u00BE]'",
      ),
    ).toBe(0);
  });

  it('loads heritage kinds, fire-station kinds and hospital addresses', async () => {
    const kinds = await db.query<{ kind: string; n: number }>(
      'select kind, count(*)::int as n from heritage.sites group by kind order by kind',
    );
    expect(kinds).toEqual([
      { kind: 'castle', n: 20 },
      { kind: 'castle_chateau', n: 5 },
      { kind: 'chateau', n: 39 },
      { kind: 'gallery', n: 1 },
      { kind: 'museum', n: 4 },
      { kind: 'ruin', n: 47 },
    ]);
    expect(await count("emergency.fire_stations where kind = 'professional'")).toBe(10);
    expect(await count("emergency.fire_stations where kind = 'volunteer'")).toBe(13);
    expect(await count("emergency.hospitals where address ~ '^.+ [0-9/]+, [0-9]{3} [0-9]{2}$'")).toBe(12);
  });

  it('bumps the data version on a reload', async () => {
    const before = await version('gauges');
    const result = await loadDataset(db, datasetById('gauges'));
    expect(result).toMatchObject({ dataset: 'gauges', rows: 51, version: (before ?? 0) + 1 });
    expect(await version('gauges')).toBe((before ?? 0) + 1);
    expect(await count('flood.gauges')).toBe(51);
  });

  it('leaves a table untouched when the last feature has a bad geometry (fails after earlier batches went in)', async () => {
    const dir = await brokenCopy('admin/municipalities.geojson', (fc) => {
      // A closed ring of collinear points: well-formed GeoJSON, but no polygon survives ST_MakeValid.
      const ring = [
        [15.0, 50.7],
        [15.1, 50.7],
        [15.2, 50.7],
        [15.0, 50.7],
      ];
      fc.features.at(-1)!.geometry = { type: 'Polygon', coordinates: [ring] };
    });
    const lastCode = String(
      (await readBundled('admin/municipalities.geojson')).features.at(-1)?.properties.kod,
    );
    const before = await version('municipalities');
    const error = await loadDataset(db, datasetById('municipalities'), { dataDir: dir, batchRows: 50 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as DatasetError).dataset).toBe('municipalities');
    // The zero-area polygon fails the density division; the message names the file and feature.
    expect((error as Error).message).toMatch(
      new RegExp(`^admin/municipalities\\.geojson feature 214 \\(code ${lastCode}\\): division by zero`),
    );
    expect(await count('admin.municipalities')).toBe(215);
    const [sum] = await db.query<{ p: number }>('select sum(population)::int as p from admin.municipalities');
    expect(sum?.p).toBe(442_476);
    expect(await version('municipalities')).toBe(before);
  });

  it('rejects a geometry that ST_MakeValid cannot save, after inserting it, and rolls back', async () => {
    const dir = await brokenCopy('admin/okresy.geojson', (fc) => {
      const ring = [
        [15.0, 50.7],
        [15.1, 50.7],
        [15.2, 50.7],
        [15.0, 50.7],
      ];
      fc.features.at(-1)!.geometry = { type: 'Polygon', coordinates: [ring] };
    });
    const before = await version('okresy');
    await expect(loadDataset(db, datasetById('okresy'), { dataDir: dir, batchRows: 2 })).rejects.toThrow(
      /^admin\/okresy\.geojson feature 3 \(code \d+\): geometry empty or invalid even after ST_MakeValid$/,
    );
    expect(await count('admin.okresy where not ST_IsEmpty(geom)')).toBe(4);
    expect(await version('okresy')).toBe(before);
  });

  it('leaves a table untouched when the database rejects the last batch (duplicate key)', async () => {
    const dir = await brokenCopy('heritage/castles.geojson', (fc) => {
      fc.features.at(-1)!.properties.id = fc.features[0]!.properties.id;
    });
    // The dataset's second file, unchanged.
    const museums = 'heritage/museums-galleries.geojson';
    await writeFile(path.join(dir, museums), await readFile(path.join(BUNDLED_DATA_DIR, museums)));
    const before = await version('heritage-sites');
    await expect(
      loadDataset(db, datasetById('heritage-sites'), { dataDir: dir, batchRows: 20 }),
    ).rejects.toThrow(/heritage\/castles\.geojson feature 110 \(id Q\d+\): duplicate key/);
    expect(await count('heritage.sites')).toBe(116);
    expect(await version('heritage-sites')).toBe(before);
  });

  it('rejects a feature outside the region before writing anything', async () => {
    const dir = await brokenCopy('emergency/hospitals.geojson', (fc) => {
      const g = fc.features[2]!.geometry;
      g.coordinates = [...(g.coordinates as number[])].reverse();
    });
    await expect(loadDataset(db, datasetById('hospitals'), { dataDir: dir })).rejects.toThrow(
      /hospitals\.geojson feature 2 \(id 05421888000000\): lies outside the Liberec Region/,
    );
    expect(await count('emergency.hospitals')).toBe(12);
  });
});
