import { readFileSync } from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import type { Db } from '../db/db.ts';
import { openTestDb } from '../db/test-db.ts';
import { CSV_HEADER } from '../heritage/export-format.ts';
import { loadHeritageMuseumsIfMissing } from '../heritage/load-heritage.ts';
import { datasetById } from '../ingest/datasets.ts';
import { loadDataset } from '../ingest/load-dataset.ts';
import { BUNDLED_DATA_DIR } from '../ingest/read-dataset.ts';
import { createTileService } from '../sources/tile-service.ts';

interface Hit {
  id: string;
  name: string;
  kind: string;
  municipality: string | null;
  lon: number;
  lat: number;
  nkp: boolean;
  access: string | null;
  visitors: number | null;
  visitors_year: number | null;
  rank: number;
}
interface SearchBody {
  total: number;
  limit: number;
  offset: number;
  results: Hit[];
}

// The data files themselves are the independent answer the API is checked against.
type Feature = { properties: Record<string, unknown>; geometry: { coordinates: [number, number] } };
const readFeatures = (file: string) =>
  (JSON.parse(readFileSync(path.join(BUNDLED_DATA_DIR, 'heritage', file), 'utf8')) as { features: Feature[] })
    .features;
const CASTLES = readFeatures('castles.geojson');
const MUSEUMS = readFeatures('museums-galleries.geojson');
const CZECH_KIND = {
  castle: 'hrad',
  chateau: 'zamek',
  ruin: 'zricenina',
  castle_chateau: 'hradozamek',
} as const;
const latestVisitors = (p: Record<string, unknown>) => {
  const v = p.visitors as Record<string, number | null> | null;
  return v ? (v['2025'] ?? v['2024'] ?? v['2023'] ?? null) : null;
};

describe('heritage search and export API', () => {
  let db: Db;
  let app: ReturnType<typeof buildApp>;
  const get = (url: string) => request(app.callback()).get(url);
  const search = async (query: string) =>
    (await get(`/api/heritage/search?${query}`).expect(200)).body as SearchBody;

  beforeAll(async () => {
    // Only the heritage dataset: the rest of the bundled data is not needed here.
    db = await openTestDb();
    await loadDataset(db, datasetById('heritage-sites'));
    const logger = pino({ level: 'silent' });
    const config = loadConfig({});
    app = buildApp({ config, db, logger, tiles: createTileService({ config, db, logger }) });
  });
  afterAll(() => db?.close());

  it('loads the castles and the museum list, each row saying where it came from', async () => {
    const rows = await db.query<{ source: string; n: number; with_qid: number }>(
      `select source, count(*)::int as n, count(wikidata)::int as with_qid from heritage.sites group by source order by source`,
    );
    expect(rows).toEqual([
      { source: 'regional-museums', n: MUSEUMS.length, with_qid: 0 },
      { source: 'wikidata-castles', n: CASTLES.length, with_qid: CASTLES.length },
    ]);
    expect(await loadHeritageMuseumsIfMissing(db, { info: () => undefined })).toBeNull();
  });

  it('places every museum and gallery inside its municipality', async () => {
    // A hand-placed point in the wrong town would be a data error; only the municipalities are loaded here.
    await loadDataset(db, datasetById('municipalities'));
    const rows = await db.query<{ id: string; inside: boolean }>(
      `select s.id, exists (select 1 from admin.municipalities m where m.name = s.municipality
         and ST_Contains(m.geom, s.geom)) as inside
       from heritage.sites s where s.source = 'regional-museums' order by s.id`,
    );
    expect(rows).toHaveLength(MUSEUMS.length);
    for (const row of rows) expect(row, row.id).toMatchObject({ inside: true });
  });

  it('finds Bezděz whatever the case and the diacritics, exact name first', async () => {
    for (const q of ['bezdez', 'BEZDĚZ', 'Bezděz', '  bezDez ']) {
      const body = await search(`q=${encodeURIComponent(q)}`);
      expect(body.results[0], q).toMatchObject({
        id: 'Q1186381',
        name: 'Bezděz',
        kind: 'ruin',
        nkp: true,
        rank: 1,
      });
      expect(body.results[0]?.visitors).toBe(54156);
      expect(body.results[0]?.visitors_year).toBe(2025);
    }
    const prefix = await search('q=bezd');
    expect(prefix.results[0]).toMatchObject({ name: 'Bezděz', rank: 2 });
  });

  it('matches a municipality without diacritics ("ceska lipa" → Česká Lípa)', async () => {
    const body = await search('q=ceska%20lipa&limit=200');
    const expected = [...CASTLES, ...MUSEUMS]
      .filter((f) => f.properties.obec === 'Česká Lípa')
      .map((f) => f.properties.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(body.results.map((r) => r.id)).toEqual(expect.arrayContaining(expected));
    expect(body.results.find((r) => r.id === 'lk-vlastivedne-muzeum-ceska-lipa')).toBeDefined();
    // Ranks never go down the list.
    const ranks = body.results.map((r) => r.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('filters by kind and national-monument flag exactly as the data file says', async () => {
    for (const kind of ['castle_chateau', 'ruin', 'chateau'] as const) {
      const body = await search(`kind=${kind}&nkp=true&limit=200`);
      const expected = CASTLES.filter(
        (f) => f.properties.kind === CZECH_KIND[kind] && f.properties.nkp === true,
      )
        .map((f) => f.properties.id as string)
        .sort();
      expect(expected.length, kind).toBeGreaterThan(0);
      expect(body.total).toBe(expected.length);
      expect(body.results.map((r) => r.id).sort()).toEqual(expected);
      for (const r of body.results) expect(r).toMatchObject({ kind, nkp: true });
    }
    const two = await search('kind=museum,gallery&limit=200');
    expect(two.total).toBe(MUSEUMS.length);
    const notNkp = await search('kind=ruin&nkp=false&limit=200');
    expect(notNkp.total).toBe(
      CASTLES.filter((f) => f.properties.kind === 'zricenina' && !f.properties.nkp).length,
    );
  });

  it('filters by municipality, folded the same way', async () => {
    const body = await search('municipality=JABLONEC%20NAD%20NISOU&limit=200');
    const expected = [...CASTLES, ...MUSEUMS].filter((f) => f.properties.obec === 'Jablonec nad Nisou');
    expect(body.total).toBe(expected.length);
    expect(body.results.every((r) => r.municipality === 'Jablonec nad Nisou')).toBe(true);
  });

  it('filters by the latest year’s visitors and by being open to the public', async () => {
    const body = await search('visitors_min=20000&visitors_max=60000&limit=200');
    const expected = CASTLES.filter((f) => {
      const v = latestVisitors(f.properties);
      return v !== null && v >= 20_000 && v <= 60_000;
    }).map((f) => f.properties.id as string);
    expect(expected.length).toBeGreaterThan(0);
    expect(body.results.map((r) => r.id).sort()).toEqual(expected.sort());
    const open = await search('open=true&limit=200');
    const openExpected = [...CASTLES, ...MUSEUMS].filter((f) => f.properties.access !== 'neznamo');
    expect(open.total).toBe(openExpected.length);
    expect(open.results.every((r) => r.access === 'free' || r.access === 'fee')).toBe(true);
  });

  it('pages, and still counts the matches past the last page', async () => {
    const first = await search('kind=ruin&limit=5');
    const second = await search('kind=ruin&limit=5&offset=5');
    expect(first.results).toHaveLength(5);
    expect(second.results[0]?.id).not.toBe(first.results[0]?.id);
    const past = await search('kind=ruin&offset=1000');
    expect(past).toMatchObject({ total: first.total, results: [] });
  });

  it.each([
    ['kind=fortress', 'kind'],
    ['nkp=yes', 'nkp'],
    ['visitors_min=-5', 'visitors_min'],
    ['visitors_min=500&visitors_max=100', 'visitors_max'],
    ['open=1', 'open'],
    ['limit=0', 'limit'],
    ['limit=1000', 'limit'],
    ['offset=x', 'offset'],
    ['colour=red', 'colour'],
    [`q=${'a'.repeat(101)}`, 'q'],
    ['q=a&q=b', 'q'],
  ])('rejects %s naming the field', async (query, field) => {
    const res = await get(`/api/heritage/search?${query}`).expect(400);
    expect(res.body).toMatchObject({ error: { code: 'invalid_parameter', field } });
  });

  it('exports valid GeoJSON with the licence, as an attachment', async () => {
    const res = await get('/api/heritage/export?format=geojson').expect(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="heritage-sites.geojson"');
    expect(res.headers['content-type']).toMatch(/^application\/geo\+json/);
    expect(res.headers['x-license']).toMatch(/CC0/);
    const body = JSON.parse(res.text) as {
      type: string;
      metadata: { licence: string; sources: Record<string, unknown> };
      features: Feature[];
    };
    expect(body.type).toBe('FeatureCollection');
    expect(body.metadata.licence).toMatch(/CC0/);
    expect(Object.keys(body.metadata.sources).sort()).toEqual(['regional-museums', 'wikidata-castles']);
    expect(body.features).toHaveLength(CASTLES.length + MUSEUMS.length);
    const bezdez = body.features.find((f) => f.properties.id === 'Q1186381');
    expect(bezdez?.geometry.coordinates).toEqual([14.7197, 50.53904]);
    expect(bezdez?.properties).toMatchObject({ wikidata: 'Q1186381', visitors_2025: 54156, nkp: true });
  });

  it('exports CSV with the header row and one row per site', async () => {
    const res = await get('/api/heritage/export?format=csv').expect(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="heritage-sites.csv"');
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    const lines = res.text.trimEnd().split('\r\n');
    expect(lines[0]).toBe(CSV_HEADER);
    expect(lines).toHaveLength(1 + CASTLES.length + MUSEUMS.length);
    expect(lines.find((l) => l.startsWith('Q1186381,'))).toContain(',Bezděz,ruin,Bezděz,');
    await get('/api/heritage/export?format=xml').expect(400);
  });
});
