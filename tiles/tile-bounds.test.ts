import { describe, expect, it } from 'vitest';
import { tileBounds3857, tileBounds4326, tileUnitsToMeters, WEB_MERCATOR_HALF_WORLD } from './tile-bounds.ts';

describe('tile bounds', () => {
  it('z0 is the whole Web Mercator square', () => {
    const h = WEB_MERCATOR_HALF_WORLD;
    expect(tileBounds3857({ z: 0, x: 0, y: 0 })).toEqual([-h, -h, h, h]);
    const [w, s, e, n] = tileBounds4326({ z: 0, x: 0, y: 0 });
    expect([w, e]).toEqual([-180, 180]);
    expect(s).toBeCloseTo(-85.0511287798, 9);
    expect(n).toBeCloseTo(85.0511287798, 9);
  });

  it('y grows southwards', () => {
    const [, south, , north] = tileBounds4326({ z: 1, x: 1, y: 1 });
    expect(north).toBeCloseTo(0, 12);
    expect(south).toBeLessThan(0);
    expect(tileBounds4326({ z: 1, x: 1, y: 0 })[0]).toBe(0);
  });

  it('matches ST_TileEnvelope(14, 8877, 5501) over Liberec', () => {
    // Reference values from PostGIS 3.3: ST_Transform(ST_TileEnvelope(14, 8877, 5501), 4326).
    const [w, s, e, n] = tileBounds4326({ z: 14, x: 8877, y: 5501 });
    expect(w).toBeCloseTo(15.05126953125, 9);
    expect(e).toBeCloseTo(15.07324218749, 9);
    expect(s).toBeCloseTo(50.76425935712, 9);
    expect(n).toBeCloseTo(50.77815527466, 9);
  });

  it('converts tile units to metres', () => {
    expect(tileUnitsToMeters(4096, 0)).toBeCloseTo(2 * WEB_MERCATOR_HALF_WORLD, 6);
    expect(tileUnitsToMeters(1, 14)).toBeCloseTo((2 * WEB_MERCATOR_HALF_WORLD) / 2 ** 14 / 4096, 9);
  });
});
