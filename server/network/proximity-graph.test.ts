import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  delaunayEdges,
  gabrielEdges,
  relativeNeighbourhoodEdges,
  type Edge,
  type XY,
} from './proximity-graph.ts';

const FIXTURE = path.join(import.meta.dirname, 'fixtures/proximity-small.json');

/** Deterministic points (a 32-bit LCG), so the property checks see the same set every run. */
function seededPoints(n: number, seed: number): XY[] {
  let s = seed >>> 0;
  const next = () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  return Array.from({ length: n }, () => [next() * 1000, next() * 1000] as const);
}

const d2 = (a: XY, b: XY) => (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2;

/** Gabriel by definition: no third point in the closed disc on pq as diameter (O(n³)). */
function bruteGabriel(points: readonly XY[]): Edge[] {
  const out: Edge[] = [];
  for (let p = 0; p < points.length; p++)
    for (let q = p + 1; q < points.length; q++)
      if (
        points.every(
          (r, i) => i === p || i === q || d2(points[p]!, r) + d2(points[q]!, r) > d2(points[p]!, points[q]!),
        )
      )
        out.push([p, q]);
  return out;
}

/** RNG by definition: no third point closer to both ends than they are to each other. */
function bruteRng(points: readonly XY[]): Edge[] {
  const out: Edge[] = [];
  for (let p = 0; p < points.length; p++)
    for (let q = p + 1; q < points.length; q++) {
      const pq = d2(points[p]!, points[q]!);
      if (points.every((r, i) => i === p || i === q || Math.max(d2(points[p]!, r), d2(points[q]!, r)) >= pq))
        out.push([p, q]);
    }
  return out;
}

describe('proximity graphs', () => {
  it('square with a centre: Gabriel and RNG keep only the spokes (the centre is on every side’s circle)', () => {
    const pts: XY[] = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0.5, 0.5],
    ];
    expect(delaunayEdges(pts)).toHaveLength(8);
    const spokes = [
      [0, 4],
      [1, 4],
      [2, 4],
      [3, 4],
    ];
    expect(gabrielEdges(pts)).toEqual(spokes);
    expect(relativeNeighbourhoodEdges(pts)).toEqual(spokes);
  });

  it('obtuse triangle: the long side is neither Gabriel nor RNG', () => {
    const pts: XY[] = [
      [0, 0],
      [10, 0],
      [5, 1],
    ];
    expect(delaunayEdges(pts)).toEqual([
      [0, 1],
      [0, 2],
      [1, 2],
    ]);
    expect(gabrielEdges(pts)).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(relativeNeighbourhoodEdges(pts)).toEqual([
      [0, 2],
      [1, 2],
    ]);
  });

  it('acute but tall triangle: the base is Gabriel but not RNG', () => {
    const pts: XY[] = [
      [0, 0],
      [2, 0],
      [1, 1.2],
    ];
    expect(gabrielEdges(pts)).toEqual([
      [0, 1],
      [0, 2],
      [1, 2],
    ]);
    expect(relativeNeighbourhoodEdges(pts)).toEqual([
      [0, 2],
      [1, 2],
    ]);
  });

  it('handles two points, one point and collinear points', () => {
    expect(
      gabrielEdges([
        [0, 0],
        [3, 4],
      ]),
    ).toEqual([[0, 1]]);
    expect(gabrielEdges([[0, 0]])).toEqual([]);
    expect(
      gabrielEdges([
        [0, 0],
        [2, 0],
        [1, 0],
        [5, 0],
      ]),
    ).toEqual([
      [0, 2],
      [1, 2],
      [1, 3],
    ]);
  });

  it('matches the definitions on 300 seeded points, and RNG ⊆ Gabriel ⊆ Delaunay', () => {
    const pts = seededPoints(300, 42);
    const gabriel = gabrielEdges(pts);
    const rng = relativeNeighbourhoodEdges(pts);
    expect(gabriel).toEqual(bruteGabriel(pts));
    expect(rng).toEqual(bruteRng(pts));
    const key = (e: Edge) => e.join('-');
    const delaunay = new Set(delaunayEdges(pts).map(key));
    expect(gabriel.every((e) => delaunay.has(key(e)))).toBe(true);
    const g = new Set(gabriel.map(key));
    expect(rng.every((e) => g.has(key(e)))).toBe(true);
    expect(rng.length).toBeLessThan(gabriel.length);
  });

  it('reproduces the golden fixture (REGEN=1 rewrites it)', () => {
    const { points } = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { points: XY[] };
    const actual = {
      points,
      delaunay: delaunayEdges(points),
      gabriel: gabrielEdges(points),
      rng: relativeNeighbourhoodEdges(points),
    };
    if (process.env.REGEN) writeFileSync(FIXTURE, `${JSON.stringify(actual)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(FIXTURE, 'utf8')));
  });
});
