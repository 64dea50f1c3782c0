import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { polygonArea } from './mvt-compare.ts';
import { decodeMvt } from './mvt-decode.ts';
import { encodeMvt, type EncodeFeature } from './mvt-encode.ts';
import type { TileCoord } from './tile-coords.ts';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const input = JSON.parse(
  readFileSync(path.join(FIXTURES, 'encode-input.geojson'), 'utf8'),
) as FeatureCollection;
const features: EncodeFeature[] = input.features.map((f) => ({
  geometry: f.geometry,
  properties: f.properties ?? {},
  ...(typeof f.id === 'number' ? { id: f.id } : {}),
}));

// The z14 tile over Liberec centre, its eastern neighbour, two ancestors and one far away.
const TILES: TileCoord[] = [
  { z: 14, x: 8877, y: 5501 },
  { z: 14, x: 8878, y: 5501 },
  { z: 12, x: 2219, y: 1375 },
  { z: 9, x: 277, y: 171 },
];

const decoded = (tile: TileCoord) => decodeMvt(encodeMvt('fixture', features, tile)).fixture;

describe('encodeMvt', () => {
  it('matches the golden decoded tiles (REGEN=1 rewrites them)', () => {
    const actual = Object.fromEntries(TILES.map((t) => [`${t.z}/${t.x}/${t.y}`, decoded(t)]));
    const goldenPath = path.join(FIXTURES, 'encode-output.json');
    if (process.env.REGEN) writeFileSync(goldenPath, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(goldenPath, 'utf8')));
  });

  it('returns empty bytes when nothing is in the tile', () => {
    expect(encodeMvt('fixture', features, { z: 14, x: 0, y: 0 })).toHaveLength(0);
    expect(encodeMvt('fixture', [], { z: 0, x: 0, y: 0 })).toHaveLength(0);
  });

  it('keeps what lies in the 64-unit buffer and clips the rest', () => {
    const layer = decoded({ z: 14, x: 8877, y: 5501 });
    const ids = layer?.features.map((f) => f.id ?? f.properties.id);
    expect(ids).toContain(6);
    expect(ids).not.toContain(7);
    for (const f of layer?.features ?? []) {
      for (const [x, y] of f.geometry.flat()) {
        expect(Math.min(x, y)).toBeGreaterThanOrEqual(-64);
        expect(Math.max(x, y)).toBeLessThanOrEqual(4096 + 64);
      }
    }
  });

  it('writes exterior rings with positive area and holes negative, whatever the input winding', () => {
    const square = decoded({ z: 14, x: 8877, y: 5501 })?.features.find((f) => f.id === 1);
    const [outer, hole] = square?.geometry ?? [];
    expect(polygonArea([outer ?? []])).toBeGreaterThan(0);
    expect(polygonArea([hole ?? []])).toBeLessThan(0);
  });

  it('writes integer ids only and keeps string ids as the id property', () => {
    const layer = decoded({ z: 14, x: 8877, y: 5501 });
    const q42 = layer?.features.find((f) => f.properties.id === 'Q42');
    expect(q42?.id).toBeUndefined();
    expect(q42?.properties).toEqual({ id: 'Q42', name: 'string id' });
  });

  it('simplifies with a tolerance in tile units when asked', () => {
    const tile = { z: 12, x: 2219, y: 1375 };
    const vertices = (tolerance: number) =>
      decodeMvt(encodeMvt('l', features.slice(2, 3), tile, { tolerance })).l?.features[0]?.geometry.flat()
        .length ?? 0;
    expect(vertices(0)).toBeGreaterThan(60);
    expect(vertices(16)).toBeLessThan(vertices(0) / 2);
  });
});
