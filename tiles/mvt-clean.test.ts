import { describe, expect, it } from 'vitest';
import { cleanGeometry, ringArea2 } from './mvt-clean.ts';
import { MvtGeomType } from './mvt-write.ts';

type P = [number, number];

describe('cleanGeometry', () => {
  it('drops repeated vertices and lines that collapse to a point', () => {
    const line: P[] = [
      [0, 0],
      [0, 0],
      [5, 5],
      [5, 5],
    ];
    const dot: P[] = [
      [3, 3],
      [3, 3],
    ];
    expect(cleanGeometry(MvtGeomType.LineString, [line, dot])).toEqual([[0, 0, 5, 5]]);
  });

  it('drops the closing vertex, zero-area rings and holes without an exterior', () => {
    const hole: P[] = [
      [1, 1],
      [1, 2],
      [2, 2],
      [1, 1],
    ];
    const flat: P[] = [
      [0, 0],
      [5, 0],
      [9, 0],
      [0, 0],
    ];
    const outer: P[] = [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ];
    expect(ringArea2([1, 1, 1, 2, 2, 2])).toBeLessThan(0);
    expect(cleanGeometry(MvtGeomType.Polygon, [hole, flat, outer, hole])).toEqual([
      [0, 0, 10, 0, 10, 10, 0, 10],
      [1, 1, 1, 2, 2, 2],
    ]);
  });

  it('drops duplicate positions of a multipoint', () => {
    expect(cleanGeometry(MvtGeomType.Point, [[[1, 1]], [[2, 2]], [[1, 1]]])).toEqual([[1, 1, 2, 2]]);
  });
});

describe('cleanGeometry of a tile inside a hole', () => {
  it('drops a polygon whose hole covers its exterior', () => {
    const box: [number, number][] = [
      [-64, -64],
      [4160, -64],
      [4160, 4160],
      [-64, 4160],
      [-64, -64],
    ];
    expect(cleanGeometry(MvtGeomType.Polygon, [box, [...box].reverse()])).toEqual([]);
  });
});
