import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cacheControl,
  CatalogError,
  datasetOf,
  loadCatalog,
  parseCatalog,
  sourceFields,
  toleranceAt,
  type TableSourceDef,
} from './catalog.ts';

const catalog = loadCatalog();
const byId = (id: string) => catalog.sources.find((s) => s.id === id) as TableSourceDef;

const valid = () => JSON.parse(JSON.stringify(byId('municipalities'))) as Record<string, unknown>;
const errorOf = (source: Record<string, unknown>) => {
  try {
    parseCatalog({ sources: [source] }, 'test.json');
  } catch (err) {
    if (err instanceof CatalogError) return err.message;
    throw err;
  }
  return undefined;
};

describe('the catalog file', () => {
  it('declares the reference layers, the basemap label points and the model road network', () => {
    expect(catalog.sources.map((s) => s.id)).toEqual([
      'region',
      'okresy',
      'orp',
      'municipalities',
      'municipality-labels',
      'gauges',
      'flood-zones',
      'road-segments',
      'accidents-night',
      'railways',
      'stops',
      'transit-segments',
      'transit-stops',
      'fire-stations',
      'hospitals',
      'heritage-sites',
      'buildings',
      'pv-systems',
      'blue-green',
    ]);
  });

  it('names a real source and licence for every layer, and says which are modelled', () => {
    for (const s of catalog.sources) {
      expect(s.attribution, s.id).toMatch(
        /ČÚZK|ČSÚ|ČHMÚ|Povodí Ohře|OpenStreetMap|Liberecký kraj|GISCO|Wikidata|DPMLJ|Policie ČR/,
      );
      const model = ['road-segments', 'transit-segments', 'buildings', 'pv-systems', 'blue-green'].includes(
        s.id,
      );
      expect(s.modelled, s.id).toBe(model);
      if (model) expect(s.title.en).toMatch(/model/i);
      // A model is regenerated more often than published reference data is re-released.
      expect(cacheControl(s)).toBe(
        model
          ? 'public, max-age=3600, stale-while-revalidate=86400'
          : 'public, max-age=86400, stale-while-revalidate=604800',
      );
    }
    expect(byId('railways').attribution).toContain('ODbL');
    expect(byId('heritage-sites').attribution).toContain('NPÚ/NIPOS');
  });

  it('keys the cache on the data version ingest writes for the same id', () => {
    // Views and model outputs follow the dataset their rows come from (labels: municipalities, …).
    expect(catalog.sources.map(datasetOf)).toEqual(
      catalog.sources.map(
        (s) =>
          ({
            'municipality-labels': 'municipalities',
            'road-segments': 'road-network',
            'transit-segments': 'transit-occupancy',
            'accidents-night': 'accidents',
            'transit-stops': 'gtfs',
            buildings: 'energy-readings',
            'pv-systems': 'energy-readings',
          })[s.id] ?? s.id,
      ),
    );
  });

  it('gives every feature its id as `id`', () => {
    expect(sourceFields(byId('municipalities'))).toMatchObject({
      code: 'string',
      id: 'string',
      population: 'number',
    });
    expect(sourceFields(byId('stops'))).toEqual({
      id: 'number',
      name: 'string',
      municipality: 'string',
      okres: 'string',
    });
  });

  it('picks the simplification tolerance of the highest zoom key not above z', () => {
    const region = byId('region');
    expect([0, 10, 11, 13, 14, 22].map((z) => toleranceAt(region, z))).toEqual([4, 4, 2, 2, 1, 1]);
    expect(toleranceAt(byId('stops'), 14)).toBe(0);
  });
});

describe('catalog validation', () => {
  it.each([
    [{ id: 'Bad_Id' }, /sources\[0\]\.id: must match/],
    [{ id: '../etc' }, /sources\[0\]\.id/],
    [{ extra: 1 }, /sources\[0\]: Unrecognized key/i],
    [{ idColumn: 'nope' }, /idColumn: must be one of the properties/],
    [{ minzoom: 15, maxzoom: 14 }, /minzoom: must not exceed maxzoom/],
    [{ maxzoom: 23 }, /maxzoom/],
    [{ table: 'a\u0000b' }, /table: identifier must not contain control characters/],
    [{ schema: '' }, /schema: identifier must not be empty/],
    [{ simplify: { '5': 1 } }, /simplify: must give a tolerance for zoom "0"/],
    [{ simplify: { '0': 1, x: 2 } }, /simplify/],
    [
      { properties: { code: 'string', geom: 'string' }, idColumn: 'code' },
      /must not include the geometry column/,
    ],
    [{ properties: { code: 'string', id: 'number' } }, /may have a column "id" only when it is the idColumn/],
    [{ properties: { code: 'string', __mvt_id: 'number' } }, /reserved/],
    [{ properties: { code: 'date' } }, /properties/],
    [{ theme: 'weather' }, /theme/],
  ])('rejects %j', (change, message) => {
    expect(errorOf({ ...valid(), ...change })).toMatch(message);
  });

  it('rejects duplicate ids and an empty list', () => {
    expect(() => parseCatalog({ sources: [valid(), valid()] })).toThrow(/duplicate id municipalities/);
    expect(() => parseCatalog({ sources: [] })).toThrow(CatalogError);
  });

  it('names the file when it cannot be read', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'catalog-'));
    const file = path.join(dir, 'catalog.json');
    writeFileSync(file, '{ not json');
    expect(() => loadCatalog(file)).toThrow(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: `));
    expect(() => loadCatalog(path.join(dir, 'missing.json'))).toThrow(/ENOENT/);
  });
});
