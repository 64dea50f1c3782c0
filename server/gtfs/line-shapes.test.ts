import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_TRAM_SHAPES } from './import-gtfs.ts';
import { readLineShapes } from './line-shapes.ts';

describe('readLineShapes', () => {
  it('reads the bundled tram lines by line number', async () => {
    const shapes = await readLineShapes(BUNDLED_TRAM_SHAPES);
    // Vertex counts as stated in liberecke_linky_tram_shapes/SOURCE.md.
    expect(Object.fromEntries([...shapes].map(([k, lines]) => [k, lines.map((l) => l.length)]))).toEqual({
      '2': [38],
      '3': [57],
      '5': [51],
      '11': [137],
    });
  });

  it('names the feature that is not a line', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'line-shapes-'));
    const file = path.join(dir, 'bad.geojson');
    await writeFile(
      file,
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { short_name: '1' },
            geometry: { type: 'Point', coordinates: [15, 50] },
          },
        ],
      }),
    );
    await expect(readLineShapes(file)).rejects.toThrow(
      `${file} feature 0: geometry is not a LineString or MultiLineString`,
    );
    await rm(dir, { recursive: true });
  });
});
