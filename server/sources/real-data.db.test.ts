import { gzipSync } from 'node:zlib';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareLayers, PARITY_TOLERANCE } from '../../tiles/mvt-compare.ts';
import { decodeMvt } from '../../tiles/mvt-decode.ts';
import { lonLatToTile, type TileCoord } from '../../tiles/tile-coords.ts';
import type { Db } from '../db/db.ts';
import { openBundledTestDb } from '../db/bundled-test-db.ts';
import { loadCatalog } from './catalog.ts';
import { tileJsonValidator } from './fixtures/tilejson-validator.ts';
import { TableSource } from './table-source.ts';
import { createTileService } from './tile-service.ts';

// Every source of the real catalog over the bundled data: decodes where a map of Liberec asks for
// it, stays small, and (on PostGIS) gives the same tiles on both encoding paths.

const catalog = loadCatalog();
const LIBEREC = { lon: 15.056, lat: 50.767 };
const REGION = { west: 14.34, south: 50.47, east: 15.64, north: 51.03 };
const MAX_TILE_BYTES = 500 * 1024;
/** Layers with features in every tile over Liberec city centre from their minzoom on. */
const AT_LIBEREC = new Set(['region', 'okresy', 'orp', 'municipalities', 'stops', 'road-segments']);

const liberecTiles = (minzoom: number, maxzoom: number): TileCoord[] =>
  [6, 9, 12, 14]
    .filter((z) => z >= minzoom && z <= maxzoom)
    .map((z) => lonLatToTile(LIBEREC.lon, LIBEREC.lat, z));

function regionTiles(z: number): TileCoord[] {
  const nw = lonLatToTile(REGION.west, REGION.north, z);
  const se = lonLatToTile(REGION.east, REGION.south, z);
  const tiles: TileCoord[] = [];
  for (let x = nw.x; x <= se.x; x++) for (let y = nw.y; y <= se.y; y++) tiles.push({ z, x, y });
  return tiles;
}

describe('tiles of the bundled data', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openBundledTestDb();
    // What a first start loads: the bundled data and the model road network built from it.
  });
  afterAll(() => db.close());

  it('the catalog matches the loaded tables and every TileJSON validates with bounds over the region', async () => {
    const service = createTileService({
      db,
      config: { tileCacheBytes: 0 },
      logger: pino({ level: 'silent' }),
    });
    await service.verify();
    const validate = tileJsonValidator();
    for (const source of service.sources.values()) {
      const tilejson = await source.tilejson('http://localhost:8080');
      expect(validate(tilejson), source.id).toBe(true);
      const [w, s, e, n] = tilejson.bounds;
      expect([w < LIBEREC.lon, e > LIBEREC.lon - 1, s < REGION.north, n > REGION.south], source.id).toEqual([
        true,
        true,
        true,
        true,
      ]);
      expect([w > 12, e < 19, s > 48.5, n < 51.3], source.id).toEqual([true, true, true, true]); // Czechia and its border
    }
  });

  const GEOMETRY_KINDS = {
    polygon: ['Polygon'],
    line: ['LineString'],
    point: ['Point'],
    mixed: ['Polygon', 'Point'],
  };

  it.each(catalog.sources.map((s) => [s.id, s] as const))(
    '%s decodes over Liberec at z6, 9, 12, 14',
    async (_id, def) => {
      const source = new TableSource(def, db);
      const fields = Object.entries(source.info.fields);
      for (const tile of liberecTiles(def.minzoom, def.maxzoom)) {
        const bytes = await source.getTile(tile.z, tile.x, tile.y, {});
        if (AT_LIBEREC.has(def.id)) expect(bytes, `${def.id} ${tile.z}`).not.toBeNull();
        if (!bytes) continue;
        const layers = decodeMvt(bytes);
        expect(Object.keys(layers)).toEqual([def.id]);
        const layer = layers[def.id];
        expect(layer).toMatchObject({ version: 2, extent: 4096 });
        for (const f of layer?.features ?? []) {
          expect(GEOMETRY_KINDS[def.geometryType], def.id).toContain(f.type);
          expect(f.properties.id).toBeDefined();
          if (typeof f.properties.id === 'number') expect(f.id).toBe(f.properties.id);
          for (const [key, value] of Object.entries(f.properties)) {
            const declared = fields.find(([name]) => name === key)?.[1];
            expect(declared, `${def.id}.${key}`).toBe(typeof value);
          }
        }
      }
    },
  );

  it('keeps every tile under 500 KB from each source’s minzoom on', async () => {
    const report: string[] = [];
    for (const def of catalog.sources) {
      const source = new TableSource(def, db);
      let largest = { bytes: 0, gzip: 0, tile: '' };
      for (let z = def.minzoom; z <= Math.min(def.minzoom + 2, def.maxzoom); z++) {
        for (const { x, y } of regionTiles(z)) {
          const bytes = await source.getTile(z, x, y, {});
          if (bytes && bytes.length > largest.bytes) {
            largest = { bytes: bytes.length, gzip: gzipSync(bytes).length, tile: `${z}/${x}/${y}` };
          }
        }
      }
      expect(largest.bytes, def.id).toBeLessThanOrEqual(MAX_TILE_BYTES);
      report.push(`${def.id} ${largest.tile}: ${largest.bytes} B, gzip ${largest.gzip} B`);
    }
    console.info(`largest tile per source (${db.kind}):\n  ${report.join('\n  ')}`);
  });

  it.skipIf(!process.env.DATABASE_URL)(
    'both encoders give the same tiles over Liberec and the region',
    async () => {
      const problems: string[] = [];
      for (const def of catalog.sources) {
        const [postgis, js] = [new TableSource(def, db, 'postgis'), new TableSource(def, db, 'js')];
        const tiles = [...liberecTiles(def.minzoom, def.maxzoom), ...regionTiles(Math.max(def.minzoom, 9))];
        for (const { z, x, y } of tiles) {
          const [a, b] = await Promise.all([postgis.getTile(z, x, y, {}), js.getTile(z, x, y, {})]);
          const [la, lb] = [a && decodeMvt(a)[def.id], b && decodeMvt(b)[def.id]];
          for (const p of compareLayers(la ?? undefined, lb ?? undefined, PARITY_TOLERANCE))
            problems.push(`${def.id} ${z}/${x}/${y}: ${p}`);
        }
      }
      expect(problems).toEqual([]);
    },
  );
});
