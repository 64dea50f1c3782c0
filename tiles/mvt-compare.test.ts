import { describe, expect, it } from 'vitest';
import { compareLayers, hausdorff, lineLength, polygonArea, symmetricDifferenceArea } from './mvt-compare.ts';
import type { DecodedFeature, DecodedLayer } from './mvt-decode.ts';

const square = (x: number, y: number, size: number): [number, number][] => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];
const layer = (...features: DecodedFeature[]): DecodedLayer => ({ version: 2, extent: 4096, features });
const poly = (id: number, ring: [number, number][], props = {}): DecodedFeature => ({
  id,
  type: 'Polygon',
  properties: { id, ...props },
  geometry: [ring],
});

describe('measures', () => {
  it('computes area, length and distance', () => {
    expect(polygonArea([square(0, 0, 10)])).toBe(100);
    expect(lineLength([square(0, 0, 10)])).toBe(40);
    expect(hausdorff([square(0, 0, 10)], [square(0, 0, 10)], false)).toBe(0);
    expect(hausdorff([square(0, 0, 10)], [square(3, 0, 10)], false)).toBe(3);
    expect(hausdorff([[[0, 0]]], [[[3, 4]]], true)).toBe(5);
    expect(symmetricDifferenceArea([square(0, 0, 10)], [square(5, 0, 10)])).toBe(100);
  });

  it('sees a hole touching the clip box and the ring wagyu merges it into as one region', () => {
    // geojson-vt: the buffer box as exterior and the clipped hole along its edge; PostGIS: one ring.
    const box: [number, number][] = [
      [-64, -64],
      [4160, -64],
      [4160, 4160],
      [-64, 4160],
      [-64, -64],
    ];
    const hole: [number, number][] = [
      [-64, -64],
      [-64, 2000],
      [4160, 2000],
      [4160, -64],
      [-64, -64],
    ];
    const merged: [number, number][] = [
      [-64, 2000],
      [4160, 2000],
      [4160, 4160],
      [-64, 4160],
      [-64, 2000],
    ];
    expect(symmetricDifferenceArea([box, hole], [merged])).toBe(0);
  });
});

describe('compareLayers', () => {
  it('accepts rounding differences', () => {
    expect(
      compareLayers(layer(poly(1, square(100, 100, 500))), layer(poly(1, square(101, 100, 500)))),
    ).toEqual([]);
  });

  it('reports moved vertices, other properties and missing features', () => {
    expect(
      compareLayers(layer(poly(1, square(100, 100, 500))), layer(poly(1, square(110, 100, 500)))),
    ).toEqual(['feature 1: regions differ by 10000.0 units² (allowed 2500.0)']);
    const line = (id: number, dy: number): DecodedFeature => ({
      id,
      type: 'LineString',
      properties: { id },
      geometry: [
        [
          [0, dy],
          [1000, dy],
        ],
      ],
    });
    expect(compareLayers(layer(line(1, 0)), layer(line(1, 1)))).toEqual([]);
    expect(compareLayers(layer(line(1, 0)), layer(line(1, 3)))).toEqual([
      'feature 1: vertices 3.00 units apart',
    ]);
    expect(
      compareLayers(layer(poly(1, square(0, 0, 50), { a: 1 })), layer(poly(1, square(0, 0, 50), { a: 2 }))),
    ).toEqual(['feature 1: properties differ']);
    expect(
      compareLayers(
        layer(poly(1, square(0, 0, 50)), poly(2, square(900, 900, 50))),
        layer(poly(1, square(0, 0, 50))),
      ),
    ).toEqual(['feature 2 only in the first tile']);
  });

  it('tolerates a feature only one encoder kept when it is a sliver or at the clip edge', () => {
    const sliver = poly(2, square(900, 900, 1));
    const atEdge = poly(3, [
      [4159, 10],
      [4160, 10],
      [4160, 100],
      [4159, 100],
      [4159, 10],
    ]);
    expect(
      compareLayers(layer(poly(1, square(0, 0, 50)), sliver, atEdge), layer(poly(1, square(0, 0, 50)))),
    ).toEqual([]);
  });
});
