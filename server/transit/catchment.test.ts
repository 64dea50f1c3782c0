import { describe, expect, it } from 'vitest';
import { catchments, waterFill } from './catchment.ts';
import { OCCUPANCY_DEFAULTS } from './occupancy-params.ts';

describe('stop catchments', () => {
  it('water-fills: capped places take their cap, the rest share what is left', () => {
    const w = new Map([
      ['a', 1],
      ['b', 1],
      ['c', 2],
    ]);
    expect(waterFill(w, 100, 40)).toEqual({
      shares: new Map([
        ['c', 40],
        ['a', 30],
        ['b', 30],
      ]),
      left: 0,
    });
    const capped = waterFill(w, 100, 30);
    expect([...capped.shares.values()]).toEqual([30, 30, 30]);
    expect(capped.left).toBeCloseTo(10, 9);
  });

  it('caps a place at the residents within its walking radius and counts the rest as unreached', () => {
    // 10,000 residents on 10 km²: 1,000/km² × factor 2 × π 0.4² km² = 1,005.3 per place at most.
    const places = ['p', 'q'].map((placeId) => ({
      placeId,
      municipality: 'M',
      population: 10_000,
      areaKm2: 10,
    }));
    const c = catchments(
      places,
      new Map([
        ['p', 10],
        ['q', 40],
      ]),
      OCCUPANCY_DEFAULTS,
    );
    const cap = 2000 * Math.PI * 0.16;
    expect(c.population.get('p')).toBeCloseTo(cap, 9);
    expect(c.population.get('q')).toBeCloseTo(cap, 9);
    expect(c.unreached).toBeCloseTo(10_000 - 2 * cap, 6);
  });

  it('weights by the square root of daily calls and leaves unserved places out', () => {
    const places = ['p', 'q', 'r'].map((placeId) => ({
      placeId,
      municipality: 'M',
      population: 300,
      areaKm2: 1,
    }));
    const c = catchments(
      places,
      new Map([
        ['p', 4],
        ['q', 16],
      ]),
      OCCUPANCY_DEFAULTS,
    );
    expect(c.population.get('p')).toBeCloseTo(100, 9); // √4 : √16 = 1 : 2
    expect(c.population.get('q')).toBeCloseTo(200, 9);
    expect(c.population.has('r')).toBe(false);
    // Attraction = residents + mean residents (150) × calls / mean calls (10).
    expect(c.attraction.get('p')).toBeCloseTo(100 + 150 * 0.4, 9);
    expect(c.attraction.get('q')).toBeCloseTo(200 + 150 * 1.6, 9);
  });
});
