import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import type { Db } from '../db/db.ts';
import { openBundledTestDb } from '../db/bundled-test-db.ts';
import { goodCommutingCsv } from '../flows/fixtures/commuting-csv-fixture.ts';
import { MAX_FLOWS } from '../flows/flow-queries.ts';
import { importCommuting } from '../flows/import-commuting.ts';
import { loadModelFlows } from '../flows/load-model-flows.ts';
import { createTileService } from '../sources/tile-service.ts';

const LIBEREC = '563889';
const JABLONEC = '563510';

describe('flows API', () => {
  let db: Db;
  let app: ReturnType<typeof buildApp>;
  const get = (url: string) => request(app.callback()).get(url);

  beforeAll(async () => {
    db = await openBundledTestDb('occupancy');
    for (const t of ['od_flows', 'od_internal', 'od_places']) await db.query(`delete from transport.${t}`);
    const logger = pino({ level: 'silent' });
    await loadModelFlows(db);
    const config = loadConfig({});
    app = buildApp({ config, db, logger, tiles: createTileService({ config, db, logger }) });
  });
  afterAll(() => db?.close());

  it('serves the model as columns, largest first, with every end placed, when no census is loaded', async () => {
    const res = await get('/api/flows?min=100&purpose=work').expect(200);
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    const body = res.body as {
      source: string;
      modelled: boolean;
      truncated: boolean;
      origins: string[];
      destinations: string[];
      commuters: number[];
      places: Record<string, [number, number, string]>;
    };
    expect(body).toMatchObject({
      source: 'model',
      purpose: 'work',
      modelled: true,
      min: 100,
      truncated: false,
    });
    expect(body.origins.length).toBeGreaterThan(50);
    expect(body.destinations.length).toBe(body.origins.length);
    expect(body.commuters.length).toBe(body.origins.length);
    expect(body.commuters.every((c, i) => c >= 100 && (i === 0 || c <= body.commuters[i - 1]!))).toBe(true);
    expect([body.origins[0], body.destinations[0]]).toEqual([JABLONEC, LIBEREC]);
    for (const code of [...body.origins, ...body.destinations]) expect(body.places[code]).toBeDefined();
    const [lon, lat, name] = body.places[LIBEREC]!;
    expect(name).toBe('Liberec');
    expect(lon).toBeCloseTo(15.05, 0);
    expect(lat).toBeCloseTo(50.77, 0);
  });

  it('caps the answer and says so', async () => {
    const res = await get('/api/flows?min=0&purpose=total').expect(200);
    expect(res.body.origins.length).toBe(MAX_FLOWS);
    expect(res.body.truncated).toBe(true);
  });

  it('summarises a municipality: in, out, internal and the top 10 each way', async () => {
    const res = await get(`/api/flows/summary?municipality=${LIBEREC}&purpose=work`).expect(200);
    const s = res.body as {
      municipality: { name: string };
      inbound: number;
      outbound: number;
      internal: number;
      topDestinations: { code: string; commuters: number }[];
      topOrigins: { code: string; name: string; commuters: number }[];
    };
    console.log(
      `Liberec (model, work): in ${s.inbound}, out ${s.outbound}, internal ${s.internal}; top origins ` +
        s.topOrigins.map((o) => `${o.name} ${o.commuters}`).join(', '),
    );
    expect(s).toMatchObject({
      municipality: { code: LIBEREC, name: 'Liberec' },
      source: 'model',
      modelled: true,
    });
    expect(s.inbound).toBeGreaterThan(s.outbound);
    expect(s.internal).toBeGreaterThan(s.inbound);
    expect(s.topOrigins).toHaveLength(10);
    expect(s.topDestinations).toHaveLength(10);
    expect(s.topOrigins[0]).toMatchObject({ code: JABLONEC, name: 'Jablonec nad Nisou' });
    const [flow] = await db.query<{ sum: number }>(
      `select sum(commuters::float8) as sum from transport.od_flows
       where destination_code = $1 and source = 'model' and purpose = 'work'`,
      [LIBEREC],
    );
    expect(s.inbound).toBeCloseTo(flow!.sum, 0);
  });

  it.each([
    ['/api/flows?min=-1', 'min'],
    ['/api/flows?min=abc', 'min'],
    ['/api/flows?purpose=leisure', 'purpose'],
    ['/api/flows?source=osm', 'source'],
    ['/api/flows?minimum=5', 'minimum'],
    ['/api/flows?min=1&min=2', 'min'],
    ['/api/flows/summary', 'municipality'],
    ['/api/flows/summary?municipality=Liberec', 'municipality'],
  ])('%s → 400 naming %s', async (url, field) => {
    const res = await get(url).expect(400);
    expect(res.body.error).toMatchObject({ code: 'invalid_parameter', field });
  });

  it('answers 404 for a municipality outside the region', async () => {
    const res = await get('/api/flows/summary?municipality=554782').expect(404);
    expect(res.body.error).toMatchObject({ code: 'not_found', field: 'municipality' });
  });

  it('prefers the census once imported; the model stays available', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'regiomap-flows-api-'));
    const file = path.join(dir, 'dojizdka_obce.csv');
    writeFileSync(file, goodCommutingCsv());
    await importCommuting(db, file);
    const census = (await get('/api/flows?min=0&purpose=work').expect(200)).body;
    expect(census).toMatchObject({
      source: 'csu2021',
      modelled: false,
      origins: [JABLONEC, LIBEREC, LIBEREC, '564028'],
      destinations: [LIBEREC, JABLONEC, '554782', LIBEREC],
      commuters: [3412, 2100, 800, 400],
    });
    expect(census.places['554782']).toEqual([null, null, 'Praha']);
    const model = (await get('/api/flows?min=100&purpose=work&source=model').expect(200)).body;
    expect(model.source).toBe('model');
    const summary = (await get(`/api/flows/summary?municipality=${LIBEREC}&purpose=work`).expect(200)).body;
    expect(summary).toMatchObject({ source: 'csu2021', inbound: 3812, outbound: 2900, internal: 30000 });
    expect(summary.topDestinations).toEqual([
      { code: JABLONEC, name: 'Jablonec nad Nisou', commuters: 2100 },
      { code: '554782', name: 'Praha', commuters: 800 },
    ]);
    // School flows of the census exist too; a purpose it lacks would fall back to the model.
    expect((await get('/api/flows?purpose=school&min=0').expect(200)).body.source).toBe('csu2021');
  });
});
