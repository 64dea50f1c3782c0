import Koa from 'koa';
import pino from 'pino';
import request from 'supertest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { errorMiddleware } from '../middleware/errors.ts';
import { basemapRoutes } from './basemap-routes.ts';

function app(env: NodeJS.ProcessEnv = {}) {
  const config = loadConfig(env);
  const koa = new Koa();
  koa.proxy = true;
  koa.use(errorMiddleware(pino({ level: 'silent' })));
  koa.use(basemapRoutes(config).routes());
  return koa.callback();
}

describe('GET /basemap/style.json', () => {
  it('is a valid MapLibre style built from our own sources, glyphs and sprites only', async () => {
    const res = await request(app()).get('/basemap/style.json').set('Host', 'map.test:8080').expect(200);
    expect(validateStyleMin(res.body)).toEqual([]);
    expect(res.body.glyphs).toBe('http://map.test:8080/basemap/fonts/{fontstack}/{range}.pbf');
    expect(res.body.sprite).toBe('http://map.test:8080/basemap/sprites/light');
    const sources = Object.values(res.body.sources as Record<string, { url?: string; tiles?: string[] }>);
    expect(sources.length).toBeGreaterThanOrEqual(6);
    for (const source of sources) {
      if (source.url) expect(source.url).toMatch(/^http:\/\/map\.test:8080\/tiles\/[a-z-]+\.json$/);
      else
        expect(source.tiles).toEqual([
          expect.stringMatching(/^http:\/\/map\.test:8080\/tiles\/[a-z-]+\/\{z\}\/\{x\}\/\{y\}\.mvt$/),
        ]);
    }
    const layerIds = (res.body.layers as { id: string }[]).map((l) => l.id);
    expect(layerIds).toContain(res.body.metadata['regiomap:thematic-before']);
    const types = new Set((res.body.layers as { type: string }[]).map((l) => l.type));
    expect(types).toEqual(new Set(['background', 'fill', 'line', 'symbol']));
  });

  it('uses PUBLIC_URL and the forwarded protocol for absolute URLs', async () => {
    const pub = await request(app({ PUBLIC_URL: 'https://maps.example.org/' })).get('/basemap/style.json');
    expect(pub.body.sources.region.url).toBe('https://maps.example.org/tiles/region.json');
    const fwd = await request(app())
      .get('/basemap/style.json')
      .set('X-Forwarded-Proto', 'https')
      .set('Host', 'a.b');
    expect(fwd.body.glyphs).toMatch(/^https:\/\/a\.b\/basemap\/fonts\//);
  });
});

describe('GET /api/config', () => {
  it('points at the offline style unless an external one is configured', async () => {
    const own = await request(app()).get('/api/config').set('Host', 'h.test').expect(200);
    expect(own.body).toEqual({
      basemapStyleUrl: 'http://h.test/basemap/style.json',
      offlineBasemap: true,
      languages: ['cs', 'en'],
    });
    const ext = await request(app({ BASEMAP_STYLE_URL: 'https://tiles.example.org/style.json' })).get(
      '/api/config',
    );
    expect(ext.body.basemapStyleUrl).toBe('https://tiles.example.org/style.json');
    expect(ext.body.offlineBasemap).toBe(false);
  });
});

describe('GET /basemap/fonts/:fontstack/:range.pbf', () => {
  it('serves glyph bytes of the first existing font of a stack, cacheable', async () => {
    const res = await request(app())
      .get('/basemap/fonts/Missing%20Font,Noto%20Sans%20Regular/256-511.pbf')
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(res.headers['content-type']).toBe('application/x-protobuf');
    expect(res.headers['cache-control']).toMatch(/max-age=\d{6,}/);
    expect((res.body as Buffer).length).toBeGreaterThan(1000);
    const again = await request(app())
      .get('/basemap/fonts/Noto%20Sans%20Regular/256-511.pbf')
      .set('If-Modified-Since', String(res.headers['last-modified']));
    expect(again.status).toBe(304);
  });

  it('answers an empty glyph set for a range that is not shipped', async () => {
    const res = await request(app()).get('/basemap/fonts/Noto%20Sans%20Medium/19968-20223.pbf').expect(200);
    expect(res.headers['content-length']).toBe('0');
  });

  it.each([
    ['/basemap/fonts/Noto%20Sans%20Regular/0-256.pbf', 400, 'range'],
    ['/basemap/fonts/Noto%20Sans%20Regular/abc.pbf', 400, 'range'],
    ['/basemap/fonts/Comic%20Sans/0-255.pbf', 404, 'fontstack'],
    ['/basemap/fonts/..%2F..%2Fsprites/0-255.pbf', 404, 'fontstack'],
    ['/basemap/fonts/..%2F..%2F..%2Fpackage.json%00/0-255.pbf', 404, 'fontstack'],
    ['/basemap/fonts/%2E%2E/0-255.pbf', 404, 'fontstack'],
  ])('rejects %s with %i JSON', async (url, status, field) => {
    const res = await request(app()).get(url).expect(status);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(res.body.error.field).toBe(field);
  });
});

describe('GET /basemap/sprites/:name', () => {
  it.each([
    ['light.json', /application\/json/],
    ['light@2x.json', /application\/json/],
    ['light.png', /image\/png/],
    ['light@2x.png', /image\/png/],
  ])('serves %s', async (name, type) => {
    const res = await request(app()).get(`/basemap/sprites/${name}`).expect(200);
    expect(res.headers['content-type']).toMatch(type);
    expect(Number(res.headers['content-length'])).toBeGreaterThan(100);
  });

  it('has the bus stop icon the style uses', async () => {
    const res = await request(app()).get('/basemap/sprites/light.json').expect(200);
    expect(res.body.bus_stop).toMatchObject({ width: expect.any(Number), height: expect.any(Number) });
  });

  it.each(['dark.json', '..%2F..%2Fpackage.json', '..%2Ffonts%2FOFL.txt', 'light.json%00.png'])(
    'rejects %s with 404 JSON',
    async (name) => {
      const res = await request(app()).get(`/basemap/sprites/${name}`).expect(404);
      expect(res.body.error.code).toBe('not_found');
    },
  );
});
