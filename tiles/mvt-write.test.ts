import { describe, expect, it } from 'vitest';
import { decodeMvt } from './mvt-decode.ts';
import { encodeGeometry, MvtGeomType, writeMvtLayer } from './mvt-write.ts';

describe('encodeGeometry', () => {
  // The worked examples of vector-tile-spec 2.1, section 4.3.5.
  it('encodes the spec examples', () => {
    expect(encodeGeometry(MvtGeomType.Point, [[25, 17]])).toEqual([9, 50, 34]);
    expect(encodeGeometry(MvtGeomType.Point, [[5, 7, 3, 2]])).toEqual([17, 10, 14, 3, 9]);
    expect(encodeGeometry(MvtGeomType.LineString, [[2, 2, 2, 10, 10, 10]])).toEqual([
      9, 4, 4, 18, 0, 16, 16, 0,
    ]);
    expect(
      encodeGeometry(MvtGeomType.LineString, [
        [2, 2, 2, 10, 10, 10],
        [1, 1, 3, 5],
      ]),
    ).toEqual([9, 4, 4, 18, 0, 16, 16, 0, 9, 17, 17, 10, 4, 8]);
    expect(encodeGeometry(MvtGeomType.Polygon, [[3, 6, 8, 12, 20, 34]])).toEqual([
      9, 6, 12, 18, 10, 12, 24, 44, 15,
    ]);
  });
});

describe('writeMvtLayer', () => {
  it('returns empty bytes for no features', () => {
    expect(writeMvtLayer('empty', [])).toHaveLength(0);
  });

  it('writes a version 2 layer whose values decode to the same types', () => {
    const bytes = writeMvtLayer('things', [
      {
        id: 7,
        type: MvtGeomType.Point,
        geometry: [[10, 20]],
        properties: {
          s: 'Liberec',
          u: 42,
          n: -3,
          d: 2.5,
          big: 2 ** 40,
          t: true,
          f: false,
          gone: null,
          obj: { a: 1 },
        },
      },
      { id: 'Q123', type: MvtGeomType.Point, geometry: [[1, 1]], properties: { s: 'Liberec' } },
      { id: -1, type: MvtGeomType.Point, geometry: [[2, 2]], properties: null },
    ]);
    const layer = decodeMvt(bytes).things;
    expect(layer?.version).toBe(2);
    expect(layer?.extent).toBe(4096);
    expect(layer?.features.map((f) => f.id)).toEqual([7, undefined, undefined]);
    expect(layer?.features[0]?.properties).toEqual({
      s: 'Liberec',
      u: 42,
      n: -3,
      d: 2.5,
      big: 2 ** 40,
      t: true,
      f: false,
      obj: '{"a":1}',
    });
    expect(layer?.features[1]?.properties).toEqual({ s: 'Liberec' });
    expect(layer?.features[2]?.properties).toEqual({});
  });

  it('shares keys and values between features', () => {
    const one = writeMvtLayer('l', [{ type: 1, geometry: [[0, 0]], properties: { kind: 'castle' } }]);
    const many = writeMvtLayer(
      'l',
      Array.from({ length: 10 }, () => ({
        type: 1 as const,
        geometry: [[0, 0]],
        properties: { kind: 'castle' },
      })),
    );
    // Each more feature costs 13 bytes (header 2, tags 4, type 2, geometry 5) and no key or value;
    // the layer's length prefix grows by one byte.
    expect(many.length - one.length).toBe(9 * 13 + 1);
  });
});
