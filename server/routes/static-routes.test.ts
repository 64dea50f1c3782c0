import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Koa from 'koa';
import pino from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { errorMiddleware } from '../middleware/errors.ts';
import { staticRoutes } from './static-routes.ts';

let dir: string;

function app(clientDir: string) {
  const config = { ...loadConfig({}), clientDir };
  const koa = new Koa();
  koa.use(errorMiddleware(pino({ level: 'silent' })));
  koa.use(staticRoutes(config));
  koa.use((ctx, next) => (ctx.path === '/catalog' ? void (ctx.body = { sources: [] }) : next()));
  return koa.callback();
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'regiomap-static-'));
  await mkdir(path.join(dir, 'assets'));
  await writeFile(path.join(dir, 'index.html'), '<!doctype html><title>Regiomap</title>');
  await writeFile(path.join(dir, 'assets', 'main-abc123.js'), 'console.log(1)');
});

afterAll(() => rm(dir, { recursive: true, force: true }));

describe('static client routes', () => {
  it('serves the map page at / without caching it', async () => {
    const res = await request(app(dir)).get('/').expect(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.text).toContain('<title>Regiomap</title>');
  });

  it('serves hashed assets with a long immutable cache', async () => {
    const res = await request(app(dir)).get('/assets/main-abc123.js').expect(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('passes other paths through to the routes after it', async () => {
    await request(app(dir)).get('/catalog').expect(200, { sources: [] });
  });

  it('answers missing assets and traversal attempts with 4xx JSON', async () => {
    const missing = await request(app(dir)).get('/assets/nope.js').expect(404);
    expect(missing.body.error.code).toBe('not_found');
    for (const url of [
      '/assets/..%2F..%2Fpackage.json',
      '/assets/%2E%2E/%2E%2E/package.json',
      '/assets/..%5C..%5Cx',
    ]) {
      const res = await request(app(dir)).get(url);
      expect(res.status, url).toBeGreaterThanOrEqual(400);
      expect(res.status, url).toBeLessThan(500);
      expect(res.body.error.message, url).toBeTypeOf('string');
    }
  });

  it('answers 503 JSON telling to build the client when dist/ is missing', async () => {
    const res = await request(app(path.join(dir, 'missing')))
      .get('/')
      .expect(503);
    expect(res.body.error).toMatchObject({ code: 'client_not_built' });
    expect(res.body.error.message).toContain('npm run build');
  });
});
