import { describe, expect, it, vi } from 'vitest';
import { GaugePositions, tilePointToLngLat } from './gauge-positions.ts';

// The slippy-map formula for the latitude of a tile row (an independent way to the same answer).
const rowLat = (y: number, z: number) =>
  (Math.atan(Math.sinh(Math.PI - (2 * Math.PI * y) / 2 ** z)) * 180) / Math.PI;
// Tile 9/275/173, its edges in lon/lat.
const tile = { west: 13.359375, east: 14.0625, north: rowLat(173, 9), south: rowLat(174, 9) };

describe('tilePointToLngLat', () => {
  it('maps the corners to the tile edges and the middle to the Mercator middle', () => {
    const [w, n] = tilePointToLngLat([0, 0], tile);
    expect(w).toBeCloseTo(tile.west, 9);
    expect(n).toBeCloseTo(tile.north, 6);
    const [e, s] = tilePointToLngLat([1, 1], tile);
    expect(e).toBeCloseTo(tile.east, 9);
    expect(s).toBeCloseTo(tile.south, 6);
    // Half way down the tile is the edge of row 347 of zoom 10 — north of half way in latitude.
    const [lon, mid] = tilePointToLngLat([0.5, 0.5], tile);
    expect(lon).toBeCloseTo(13.7109375, 9);
    expect(mid).toBeCloseTo(rowLat(347, 10), 9);
    expect(mid).toBeGreaterThan((tile.north + tile.south) / 2);
  });
});

describe('GaugePositions', () => {
  it('keeps the position of the deepest tile and tells listeners of changes only', () => {
    const positions = new GaugePositions();
    const listener = vi.fn();
    positions.onChange(listener);
    const point = (x: number) => [
      { geometry: { type: 'Point', coordinates: [x, 0.5] }, properties: { id: 'g1' } },
    ];
    positions.addTile(point(0.5), tile, 9);
    const deep = positions.get('g1');
    positions.addTile(point(0), tile, 8);
    expect(positions.get('g1')).toEqual(deep);
    expect(listener).toHaveBeenCalledTimes(1);
    positions.addTile(
      [{ geometry: { type: 'LineString', coordinates: [] }, properties: { id: 'x' } }],
      tile,
      9,
    );
    expect(positions.get('x')).toBeUndefined();
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
