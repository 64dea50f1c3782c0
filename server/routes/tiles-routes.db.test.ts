import { readFileSync } from 'node:fs';
import { get, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { Writable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import pino from 'pino';
import type { Response } from 'superagent';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeMvt } from '../../tiles/mvt-decode.ts';
import { lonLatToTile } from '../../tiles/tile-coords.ts';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import type { Db } from '../db/db.ts';
import { openTestDb } from '../db/test-db.ts';
import { loadCatalog } from '../sources/catalog.ts';
import { spyDb, type Statement } from '../sources/fixtures/spy-db.ts';
import { tileJsonValidator } from '../sources/fixtures/tilejson-validator.ts';
import { createTileService, type TileService } from '../sources/tile-service.ts';

const FIXTURES = path.join(import.meta.dirname, '../sources/fixtures');
const catalog = loadCatalog(path.join(FIXTURES, 'hostile-catalog.json'));
const validateTileJson = tileJsonValidator();

const collect = (res: NodeJS.ReadableStream, done: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

/** Tile bodies as bytes (supertest parses only text and JSON by itself); in Node the response is a stream. */
const binary = (res: Response, done: (err: Error | null, body: Buffer) => void) =>
  collect(res as unknown as NodeJS.ReadableStream, done);

/** The raw bytes on the wire: superagent would gunzip them before a test sees them. */
const rawGet = (server: Server, url: string, headers: Record<string, string>) =>
  new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
    const { port } = server.address() as AddressInfo;
    get({ host: '127.0.0.1', port, path: url, headers }, (res) => {
      collect(res, (_, body) => resolve({ headers: res.headers, body }));
    }).on('error', reject);
  });

const LIBEREC = (z: number) => lonLatToTile(15.056, 50.767, z);
const tileUrl = (source: string, z: number) => {
  const { x, y } = LIBEREC(z);
  return `/tiles/${source}/${z}/${x}/${y}.mvt`;
};

describe('tile routes', () => {
  let base: Db;
  let statements: Statement[];
  let tiles: TileService;
  let app: ReturnType<typeof buildApp>;
  const logLines: Record<string, unknown>[] = [];

  beforeAll(async () => {
    base = await openTestDb();
    await base.exec(readFileSync(path.join(FIXTURES, 'hostile-fixture.sql'), 'utf8'));
    await base.query("delete from ops.data_versions where dataset like 'hostile-%'");
    const spy = spyDb(base);
    statements = spy.statements;
    const logger = pino(
      { level: 'debug' },
      new Writable({
        write(chunk, _enc, done) {
          logLines.push(JSON.parse(String(chunk)));
          done();
        },
      }),
    );
    const config = { ...loadConfig({}), tileCacheBytes: 10_000_000 };
    tiles = createTileService({ db: spy.db, config, logger, catalog, versionTtlMs: 0 });
    app = buildApp({ config, db: spy.db, logger, tiles });
  });
  afterAll(async () => {
    await base.exec('drop schema if exists "my ""schema""" cascade');
    await base.query("delete from ops.data_versions where dataset like 'hostile-%'");
    await base.close();
  });

  it('verifies the catalog against the database', async () => {
    await expect(tiles.verify()).resolves.toBeUndefined();
  });

  it('GET /catalog lists the sources in the agreed shape', async () => {
    const res = await request(app.callback()).get('/catalog').set('Host', 'maps.example').expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers.vary ?? '').not.toMatch(/origin/i);
    const [points] = res.body.sources;
    expect(Object.keys(points).sort()).toEqual(
      [
        'attribution',
        'description',
        'fields',
        'geometryType',
        'id',
        'maxzoom',
        'minzoom',
        'modelled',
        'theme',
        'tilejson',
        'tiles',
        'title',
      ].sort(),
    );
    expect(points).toMatchObject({
      id: 'hostile-points',
      theme: 'transport',
      geometryType: 'point',
      fields: {
        'id col': 'number',
        'na"me': 'string',
        'size; drop table x': 'number',
        'open?': 'boolean',
        id: 'number',
      },
      tilejson: 'http://maps.example/tiles/hostile-points.json',
      tiles: 'http://maps.example/tiles/hostile-points/{z}/{x}/{y}.mvt',
      modelled: true,
    });
  });

  it('serves TileJSON 3.0.0 that validates, with bounds from the data', async () => {
    for (const source of catalog.sources) {
      const res = await request(app.callback()).get(`/tiles/${source.id}.json`).expect(200);
      expect(validateTileJson(res.body), JSON.stringify(validateTileJson.errors)).toBe(true);
      expect(res.body.vector_layers[0].id).toBe(source.id);
      expect(res.headers.etag).toMatch(/^"/);
    }
    const res = await request(app.callback()).get('/tiles/hostile-points.json').expect(200);
    const [w, s, e, n] = res.body.bounds;
    expect([w, s, e, n].map((v: number) => v.toFixed(3))).toEqual(['15.000', '50.720', '15.108', '50.760']);
  });

  it('serves tiles that decode at several zooms, with the hostile column names as keys', async () => {
    for (const z of [6, 9, 12, 14]) {
      const res = await request(app.callback())
        .get(tileUrl('hostile-zones', z))
        .buffer(true)
        .parse(binary)
        .expect(200);
      expect(res.headers['content-type']).toBe('application/vnd.mapbox-vector-tile');
      const layer = decodeMvt(res.body)['hostile-zones'];
      expect(layer?.extent).toBe(4096);
      expect(layer?.features.map((f) => f.properties.id)).toContain('Q100-1');
      expect(layer?.features[0]?.properties).toMatchObject({
        řeka: expect.any(String),
        kód: expect.any(String),
      });
      expect(layer?.features[0]?.id).toBeUndefined(); // text ids are no MVT ids
    }
    const res = await request(app.callback())
      .get('/tiles/hostile-points/6/34/21.mvt')
      .buffer(true)
      .parse(binary)
      .expect(200);
    const points = decodeMvt(res.body)['hostile-points']?.features ?? [];
    expect(points.length).toBe(50);
    const seven = points.find((f) => f.id === 7);
    expect(seven?.properties).toEqual({
      'id col': 7,
      id: 7,
      'na"me': 'stop "7"',
      'size; drop table x': 3.5,
      'open?': false,
    });
  });

  it('answers 204 for a tile without features', async () => {
    const res = await request(app.callback()).get('/tiles/hostile-zones/14/0/0.mvt').expect(204);
    expect(res.body).toEqual({});
    expect(res.headers['cache-control']).toBe('public, max-age=86400, stale-while-revalidate=604800');
    expect(res.headers['access-control-allow-origin']).toBe('*');
  });

  it('gzips when accepted, with its own strong ETag, and varies on Accept-Encoding only', async () => {
    const url = '/tiles/hostile-points/6/34/21.mvt';
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const plain = await rawGet(server, url, { 'Accept-Encoding': 'identity' });
      const gz = await rawGet(server, url, { 'Accept-Encoding': 'gzip, deflate' });
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(gz.headers.vary).toBe('Accept-Encoding');
      expect(plain.headers.vary).toBe('Accept-Encoding');
      expect(gz.headers.etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
      expect(gz.headers.etag).not.toBe(plain.headers.etag);
      expect(gunzipSync(gz.body)).toEqual(plain.body);
      expect(gz.body.length).toBeLessThan(plain.body.length);
      expect(decodeMvt(plain.body)['hostile-points']?.features.length).toBe(50);
      // A tile that gzip would only make bigger is sent as it is, whatever the client accepts.
      const small = await rawGet(server, tileUrl('hostile-zones', 12), { 'Accept-Encoding': 'gzip' });
      expect(small.headers['content-encoding']).toBeUndefined();
      expect(small.headers.vary).toBe('Accept-Encoding');
      expect(decodeMvt(small.body)['hostile-zones']?.features.length).toBeGreaterThan(0);
    } finally {
      server.close();
    }
  });

  it('answers 304 to a matching If-None-Match', async () => {
    const url = '/tiles/hostile-points/6/34/21.mvt';
    const first = await request(app.callback()).get(url).set('Accept-Encoding', 'gzip').expect(200);
    const etag = first.headers.etag as string;
    for (const header of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const res = await request(app.callback())
        .get(url)
        .set('Accept-Encoding', 'gzip')
        .set('If-None-Match', header)
        .expect(304);
      expect(res.headers.etag).toBe(etag);
      expect(res.headers['cache-control']).toBe('public, max-age=3600, stale-while-revalidate=60');
    }
    // The identity representation has another tag: a gzip tag does not validate it.
    await request(app.callback())
      .get(url)
      .set('Accept-Encoding', 'identity')
      .set('If-None-Match', etag)
      .expect(200);
  });

  it('serves the second request from the cache without touching the database', async () => {
    const url = tileUrl('hostile-points', 13);
    await request(app.callback()).get(url).expect(204);
    const before = statements.filter((s) => s.sql.includes('tab le')).length;
    await request(app.callback()).get(url).expect(204);
    await request(app.callback()).get(tileUrl('hostile-zones', 12)).expect(200);
    expect(statements.filter((s) => s.sql.includes('tab le')).length).toBe(before);
    const logged = logLines.filter((l) => l.msg === 'tile' && l.source === 'hostile-points' && l.z === 13);
    expect(logged.map((l) => l.cache)).toEqual(['miss', 'hit']);
    expect(logged[0]).toMatchObject({
      x: LIBEREC(13).x,
      y: LIBEREC(13).y,
      bytes: 0,
      status: 204,
      ms: expect.any(Number),
    });
  });

  it('drops cached tiles of a source when its data version moves', async () => {
    const url = tileUrl('hostile-zones', 10);
    await request(app.callback()).get(url).expect(200);
    await request(app.callback()).get(url).expect(200);
    const count = () =>
      statements.filter((s) => s.sql.includes("Zóny ''Q100''") || s.sql.includes('"Zóny \'Q100\'"')).length;
    const before = count();
    await base.query("insert into ops.data_versions (dataset, version) values ('hostile-zones', 7)");
    await base.query('update "my ""schema"""."Zóny \'Q100\'" set "řeka" = \'Nisa\' where "kód" = \'Q100-1\'');
    const res = await request(app.callback()).get(url).buffer(true).parse(binary).expect(200);
    expect(count()).toBeGreaterThan(before);
    expect(
      decodeMvt(res.body)['hostile-zones']?.features.find((f) => f.properties.id === 'Q100-1')?.properties
        .řeka,
    ).toBe('Nisa');
  });

  it.each([
    ['/tiles/hostile-points/99/0/0.mvt', 400, 'z'],
    ['/tiles/hostile-points/5/0/0.mvt', 400, 'z'],
    ['/tiles/hostile-points/17/0/0.mvt', 400, 'z'],
    ['/tiles/hostile-points/10/-1/0.mvt', 400, 'x'],
    ['/tiles/hostile-points/10/1.5/0.mvt', 400, 'x'],
    ['/tiles/hostile-points/10/1024/0.mvt', 400, 'x'],
    ['/tiles/hostile-points/10/0/abc.mvt', 400, 'y'],
    ['/tiles/hostile-points/10/%27/0.mvt', 400, 'x'],
    ['/tiles/hostile-points/10/0/1%27%20or%20%271%27=%271.mvt', 400, 'y'],
    ['/tiles/..%2F..%2Fetc/10/0/0.mvt', 404, 'source'],
    ['/tiles/..%2F..%2Fetc.json', 404, 'source'],
    ['/tiles/a%3Bdrop%20table%20students/10/0/0.mvt', 404, 'source'],
    ['/tiles/%27/10/0/0.mvt', 404, 'source'],
    ['/tiles/HOSTILE-POINTS/10/0/0.mvt', 404, 'source'],
    ['/tiles/hostile-points/10/0/0.mvt?x=1', 400, 'x'],
    ['/tiles/hostile-points/10/0/0.mvt?a=1&a=2', 400, 'a'],
    ['/tiles/hostile-points/10/0/0.mvt?%27%20or%201=1--', 400, "' or 1"],
    [`/tiles/hostile-points/10/0/0.mvt?q=${'a'.repeat(5000)}`, 414, 'query'],
    ['/tiles/hostile-points.json?select=pg_sleep(1)', 400, 'select'],
    ['/catalog?foo=1', 400, 'foo'],
  ])('GET %s → %i JSON naming %s', async (url, status, field) => {
    const res = await request(app.callback()).get(url).expect(status);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.body.error).toMatchObject({ code: expect.any(String), message: expect.any(String), field });
  });

  it('never puts request text into SQL', async () => {
    const hostile = [
      '../../etc',
      'drop table students',
      "1' or '1'='1",
      'pg_sleep',
      "' or 1=1--",
      'HOSTILE-POINTS',
    ];
    for (const s of statements) for (const h of hostile) expect(s.sql).not.toContain(h);
    // z/x/y did reach the database, bound.
    expect(statements.some((s) => s.params[0] === 9 && s.params.length >= 7)).toBe(true);
  });

  it('answers CORS preflights and HEAD', async () => {
    const pre = await request(app.callback())
      .options(tileUrl('hostile-zones', 9))
      .set('Origin', 'https://kraj-lbc.cz')
      .set('Access-Control-Request-Method', 'GET')
      .expect(204);
    expect(pre.headers['access-control-allow-origin']).toBe('*');
    expect(pre.headers['access-control-allow-methods']).toContain('GET');
    const head = await request(app.callback()).head(tileUrl('hostile-zones', 9)).expect(200);
    expect(head.headers['content-type']).toBe('application/vnd.mapbox-vector-tile');
  });
});
