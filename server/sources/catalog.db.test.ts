import pino from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import type { Db } from '../db/db.ts';
import { openTestDb } from '../db/test-db.ts';
import { loadCatalog, parseCatalog, type TableSourceDef } from './catalog.ts';
import { tileJsonValidator } from './fixtures/tilejson-validator.ts';
import { TableSource } from './table-source.ts';

const logger = pino({ level: 'silent' });

describe('the catalog file against the migrated database', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openTestDb();
    await db.exec(`
      drop schema if exists tiles_probe cascade;
      create schema tiles_probe;
      create table tiles_probe.t (id integer, name text, amount numeric, shape geometry, label text, geom geometry(Point, 4326));`);
  });
  afterAll(async () => {
    await db.exec('drop schema if exists tiles_probe cascade');
    await db.close();
  });

  it('matches the tables of 002 column by column', async () => {
    for (const def of loadCatalog().sources)
      await expect(new TableSource(def, db).verify()).resolves.toBeUndefined();
  });

  it('is served by the app as /catalog and valid TileJSON per source', async () => {
    const app = buildApp({ config: loadConfig({ PUBLIC_URL: 'https://mapa.kraj-lbc.cz/' }), db, logger });
    const index = await request(app.callback()).get('/catalog').expect(200);
    expect(index.body.sources).toHaveLength(19);
    const validate = tileJsonValidator();
    for (const entry of index.body.sources) {
      expect(entry.tiles).toBe(`https://mapa.kraj-lbc.cz/tiles/${entry.id}/{z}/{x}/{y}.mvt`);
      const tilejson = await request(app.callback()).get(new URL(entry.tilejson).pathname).expect(200);
      expect(validate(tilejson.body), `${entry.id}: ${JSON.stringify(validate.errors)}`).toBe(true);
      expect(tilejson.body).toMatchObject({
        tilejson: '3.0.0',
        tiles: [entry.tiles],
        minzoom: entry.minzoom,
        maxzoom: entry.maxzoom,
      });
      expect(Object.keys(tilejson.body.vector_layers[0].fields)).toEqual(Object.keys(entry.fields));
    }
  });

  const probe = (change: Partial<TableSourceDef>) => {
    const [def] = parseCatalog({
      sources: [
        {
          ...loadCatalog().sources[0],
          id: 'probe',
          schema: 'tiles_probe',
          table: 't',
          idColumn: 'id',
          geometryColumn: 'geom',
          properties: { id: 'number', name: 'string' },
          ...change,
        },
      ],
    }).sources;
    return new TableSource(def as TableSourceDef, db).verify();
  };

  it('fails clearly when the database does not match', async () => {
    await expect(probe({})).resolves.toBeUndefined();
    await expect(probe({ table: 'nope' })).rejects.toThrow(
      'source probe: "tiles_probe"."nope" does not exist',
    );
    await expect(probe({ properties: { id: 'number', gone: 'string' } })).rejects.toThrow(
      'has no column "gone"',
    );
    await expect(probe({ properties: { id: 'number', name: 'number' } })).rejects.toThrow(
      'column "name" is text, which does not fit the declared number',
    );
    await expect(probe({ properties: { id: 'number', amount: 'number' } })).rejects.toThrow(
      'column "amount" is numeric',
    );
    await expect(probe({ geometryColumn: 'shape' })).rejects.toThrow('geometry column needs a declared SRID');
    await expect(probe({ geometryColumn: 'label' })).rejects.toThrow('column "label" is text, not geometry');
  });
});
