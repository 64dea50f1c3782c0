import { describe, expect, it } from 'vitest';
import {
  doublyConstrained,
  exponentialDeterrence,
  marginals,
  productionConstrained,
  type CostMatrix,
  type Deterrence,
} from './gravity-model.ts';

const I = Infinity;
const matrix = (rows: number[][]): CostMatrix => ({ n: rows.length, cost: Float64Array.from(rows.flat()) });
const inverse: Deterrence = (c) => (c === I ? 0 : 1 / c);
const cell = (m: { n: number; trips: Float64Array }, i: number, j: number) => m.trips[i * m.n + j]!;

describe('production-constrained gravity model', () => {
  // Three zones, no trips within a zone (diagonal Infinity), f(c) = 1/c.
  const cost = matrix([
    [I, 1, 2],
    [1, I, 1],
    [2, 1, I],
  ]);
  const result = productionConstrained(cost, [100, 50, 0], [10, 20, 30], inverse);

  it('matches the hand-computed trips', () => {
    // Zone 0: weights 20/1 = 20 and 30/2 = 15 → 100 · 20/35 and 100 · 15/35.
    expect(cell(result, 0, 1)).toBeCloseTo(400 / 7, 12);
    expect(cell(result, 0, 2)).toBeCloseTo(300 / 7, 12);
    // Zone 1: weights 10/1 and 30/1 → 12.5 and 37.5.
    expect(cell(result, 1, 0)).toBeCloseTo(12.5, 12);
    expect(cell(result, 1, 2)).toBeCloseTo(37.5, 12);
    // Zone 2 produces nothing.
    expect([cell(result, 2, 0), cell(result, 2, 1)]).toEqual([0, 0]);
  });

  it('sends exactly the productions and nothing within a zone', () => {
    const { sent } = marginals(result);
    expect([...sent].map((v) => Math.round(v * 1e9) / 1e9)).toEqual([100, 50, 0]);
    for (let i = 0; i < 3; i++) expect(cell(result, i, i)).toBe(0);
  });

  it('sends nothing to an unreachable zone and nothing from a zone that reaches none', () => {
    const cut = matrix([
      [I, 5, I],
      [5, I, I],
      [I, I, I],
    ]);
    const r = productionConstrained(cut, [10, 10, 10], [1, 1, 1], exponentialDeterrence(0.1));
    expect(cell(r, 0, 1)).toBeCloseTo(10, 12);
    expect(cell(r, 0, 2)).toBe(0);
    expect(marginals(r).sent[2]).toBe(0);
  });

  it('rejects a matrix of the wrong size and negative inputs', () => {
    expect(() => productionConstrained(matrix([[1, 2]]), [1], [1], inverse)).toThrow(RangeError);
    expect(() => productionConstrained(cost, [1, -1, 1], [1, 1, 1], inverse)).toThrow(/≥ 0/);
  });
});

describe('doubly-constrained gravity model', () => {
  const symmetric = matrix([
    [2, 7, 12, 20],
    [7, 3, 6, 15],
    [12, 6, 2, 9],
    [20, 15, 9, 4],
  ]);

  it('meets productions and (scaled) attractions', () => {
    const P = [400, 100, 250, 50];
    const A = [20, 60, 10, 10]; // scaled ×8 to the 800 produced
    const r = doublyConstrained(symmetric, P, A, exponentialDeterrence(0.1));
    const { sent, received } = marginals(r);
    P.forEach((p, i) => expect(sent[i]).toBeCloseTo(p, 6));
    A.forEach((a, j) => expect(received[j]).toBeCloseTo(a * 8, 6));
    expect(r.maxError).toBeLessThan(1e-9);
  });

  it('is symmetric when costs are symmetric and every zone produces what it attracts', () => {
    const P = [300, 120, 80, 40];
    const r = doublyConstrained(symmetric, P, P, exponentialDeterrence(0.15));
    for (let i = 0; i < 4; i++)
      for (let j = 0; j < 4; j++) expect(cell(r, i, j)).toBeCloseTo(cell(r, j, i), 6);
  });

  it('without deterrence is the independence solution P_i · A_j / ΣA', () => {
    const P = [10, 30, 60];
    const A = [50, 25, 25];
    const flat = matrix([
      [1, 1, 1],
      [1, 1, 1],
      [1, 1, 1],
    ]);
    const r = doublyConstrained(flat, P, A, () => 1);
    for (let i = 0; i < 3; i++)
      for (let j = 0; j < 3; j++) expect(cell(r, i, j)).toBeCloseTo((P[i]! * A[j]!) / 100, 9);
  });
});
