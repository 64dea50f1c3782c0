import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatasetError } from './dataset-error.ts';
import { DATASETS, datasetById } from './datasets.ts';
import { BUNDLED_DATA_DIR, readDataset } from './read-dataset.ts';

// The mapping of every bundled dataset, without a database: counts, column mapping, and the checks
// that stop a bad file before it reaches a table.

const rowsOf = async (id: string) => (await readDataset(datasetById(id))).map((f) => f.row);

/** A temp data dir holding a copy of one bundled file with `edit` applied to its parsed JSON. */
async function editedCopy(
  file: string,
  edit: (fc: {
    features: { properties: Record<string, unknown>; geometry: { coordinates: unknown } }[];
  }) => void,
) {
  const dir = await mkdtemp(path.join(tmpdir(), 'regiomap-ingest-'));
  await cp(BUNDLED_DATA_DIR, dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}basemap`) });
  const fc = JSON.parse(await readFile(path.join(dir, file), 'utf8'));
  edit(fc);
  await writeFile(path.join(dir, file), JSON.stringify(fc));
  return dir;
}

describe('readDataset on the bundled data', () => {
  it('reads the expected number of features of every dataset', async () => {
    const counts = Object.fromEntries(
      await Promise.all(DATASETS.map(async (d) => [d.id, (await readDataset(d)).length] as const)),
    );
    expect(counts).toEqual({
      region: 1,
      okresy: 4,
      orp: 10,
      municipalities: 215,
      gauges: 51,
      'flood-zones': 99,
      railways: 22,
      stops: 2202,
      'fire-stations': 23,
      hospitals: 12,
      'heritage-sites': 116,
    });
  });

  it('maps ČHMÚ gauge fields and keeps missing thresholds null', async () => {
    const gauges = await rowsOf('gauges');
    expect(gauges.find((g) => g.name === 'Liberec')).toMatchObject({
      id: '0-203-1-316000',
      dbc: '316000',
      river: 'Lužická Nisa',
      spa_type: 'H',
      spa1_h: 85,
      spa2_h: 125,
      spa3_h: 160,
      catchment_km2: 121.99,
    });
    expect(gauges.find((g) => g.name === 'Kristiánov')).toMatchObject({
      spa_type: 'H',
      spa1_h: null,
      dry_q: null,
    });
    expect(gauges.filter((g) => g.spa_type === null)).toHaveLength(9);
  });

  it('decodes the CP1250 flood-zone attributes and numbers zones 1…n', async () => {
    const zones = await rowsOf('flood-zones');
    expect(zones.map((z) => z.id)).toEqual(zones.map((_, i) => i + 1));
    const rivers = new Set(zones.map((z) => z.river));
    expect(rivers).toContain('Ploučnice');
    expect(rivers).toContain('Šenovský potok');
    expect(zones.filter((z) => z.kind === 'AZ')).toHaveLength(26);
  });

  it('maps heritage kinds, visitors and access', async () => {
    const sites = await rowsOf('heritage-sites');
    const kinds = sites.reduce<Record<string, number>>(
      (n, s) => ({ ...n, [String(s.kind)]: (n[String(s.kind)] ?? 0) + 1 }),
      {},
    );
    expect(kinds).toEqual({ castle: 20, chateau: 39, ruin: 47, castle_chateau: 5, museum: 4, gallery: 1 });
    expect(sites.filter((s) => s.visitors_2025 !== null)).toHaveLength(16);
    expect(sites.find((s) => s.id === 'Q11814076')).toMatchObject({
      visitors_2023: null,
      visitors_2024: 27212,
      visitors_2025: null,
    });
    expect(new Set(sites.map((s) => s.access))).toEqual(new Set(['free', 'fee', null]));
    expect(sites.find((s) => s.id === 'Q12054812')).toMatchObject({
      kind: 'chateau',
      wikipedia: 'https://cs.wikipedia.org/wiki/Berkovský_zámeček',
      visitors_2023: null,
    });
  });

  it('builds fire-station kinds and addresses, hospital addresses', async () => {
    const stations = await rowsOf('fire-stations');
    expect(stations.filter((s) => s.kind === 'professional')).toHaveLength(10);
    expect(stations.filter((s) => s.kind === 'volunteer')).toHaveLength(13);
    expect(stations.find((s) => s.name === 'Požární stanice Jablonec nad Nisou')?.address).toBe(
      'Palackého 4680/91, 466 05',
    );
    const hospitals = await rowsOf('hospitals');
    expect(hospitals.find((h) => h.id === '27283933000000')).toMatchObject({
      name: 'Krajská nemocnice Liberec, a.s.',
      address: 'Husova 357/10, 460 01',
      city: 'Liberec',
    });
  });

  it('rejects a feature with swapped lat/lon, naming the dataset and the feature', async () => {
    const dir = await editedCopy('emergency/hospitals.geojson', (fc) => {
      const last = fc.features.at(-1)!;
      last.geometry.coordinates = [...(last.geometry.coordinates as number[])].reverse();
    });
    const error = await readDataset(datasetById('hospitals'), dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as DatasetError).dataset).toBe('hospitals');
    expect((error as Error).message).toMatch(
      /emergency\/hospitals\.geojson feature 11 \(id 00829838000000\): lies outside the Liberec Region/,
    );
  });

  it('rejects an unclosed polygon ring before it reaches the database', async () => {
    const dir = await editedCopy('admin/okresy.geojson', (fc) => {
      const rings = fc.features[1]!.geometry.coordinates as number[][][];
      rings[0]!.pop();
    });
    await expect(readDataset(datasetById('okresy'), dir)).rejects.toThrow(
      /admin\/okresy\.geojson feature 1 \(code \d+\): a polygon ring is not closed/,
    );
  });

  it('rejects a property of the wrong type and an unknown code', async () => {
    const dir = await editedCopy('heritage/castles.geojson', (fc) => {
      fc.features[3]!.properties.kind = 'palác';
    });
    await expect(readDataset(datasetById('heritage-sites'), dir)).rejects.toThrow(
      /heritage\/castles\.geojson feature 3: property kind is "palác", expected one of hrad/,
    );
    const dir2 = await editedCopy('admin/municipalities.geojson', (fc) => {
      fc.features[0]!.properties.obv = '159';
    });
    await expect(readDataset(datasetById('municipalities'), dir2)).rejects.toThrow(
      /feature 0: property obv is "159", expected an integer/,
    );
  });
});
