import { describe, expect, it } from 'vitest';
import { lonLatToTile, parseTileCoord, TileCoordError } from './tile-coords.ts';

const fieldOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    if (err instanceof TileCoordError) return err.field;
    throw err;
  }
  return undefined;
};

describe('parseTileCoord', () => {
  it('parses canonical integers', () => {
    expect(parseTileCoord({ z: '14', x: '8877', y: '5501' })).toEqual({ z: 14, x: 8877, y: 5501 });
    expect(parseTileCoord({ z: '0', x: '0', y: '0' })).toEqual({ z: 0, x: 0, y: 0 });
    expect(parseTileCoord({ z: '22', x: String(2 ** 22 - 1), y: '0' })).toEqual({
      z: 22,
      x: 2 ** 22 - 1,
      y: 0,
    });
  });

  it.each([
    [{ z: '99', x: '0', y: '0' }, 'z'],
    [{ z: '23', x: '0', y: '0' }, 'z'],
    [{ z: '-1', x: '0', y: '0' }, 'z'],
    [{ z: '', x: '0', y: '0' }, 'z'],
    [{ z: '01', x: '0', y: '0' }, 'z'],
    [{ z: '1e1', x: '0', y: '0' }, 'z'],
    [{ z: '3', x: '-1', y: '0' }, 'x'],
    [{ z: '3', x: '1.5', y: '0' }, 'x'],
    [{ z: '3', x: '8', y: '0' }, 'x'],
    [{ z: '3', x: ' 1', y: '0' }, 'x'],
    [{ z: '3', x: '0x1', y: '0' }, 'x'],
    [{ z: '3', x: '1', y: 'abc' }, 'y'],
    [{ z: '3', x: '1', y: '8' }, 'y'],
    [{ z: '3', x: '1', y: '99999999999999999999' }, 'y'],
    [{ z: '3', x: '1', y: "1';drop table x" }, 'y'],
  ])('rejects %j naming %s', (raw, field) => {
    expect(fieldOf(() => parseTileCoord(raw))).toBe(field);
  });

  it("keeps to the source's zoom range", () => {
    const range = { minzoom: 10, maxzoom: 14 };
    expect(fieldOf(() => parseTileCoord({ z: '9', x: '0', y: '0' }, range))).toBe('z');
    expect(fieldOf(() => parseTileCoord({ z: '15', x: '0', y: '0' }, range))).toBe('z');
    expect(parseTileCoord({ z: '10', x: '0', y: '0' }, range).z).toBe(10);
  });

  it('says what is wrong', () => {
    expect(() => parseTileCoord({ z: '3', x: '8', y: '0' })).toThrow('x must be between 0 and 7 at zoom 3');
  });
});

describe('lonLatToTile', () => {
  it('finds the tiles over Liberec (15.056 E, 50.767 N)', () => {
    expect(lonLatToTile(15.056, 50.767, 0)).toEqual({ z: 0, x: 0, y: 0 });
    expect(lonLatToTile(15.056, 50.767, 6)).toEqual({ z: 6, x: 34, y: 21 });
    expect(lonLatToTile(15.056, 50.767, 14)).toEqual({ z: 14, x: 8877, y: 5501 });
  });

  it('clamps the poles and the antimeridian into the grid', () => {
    expect(lonLatToTile(180, 90, 2)).toEqual({ z: 2, x: 3, y: 0 });
    expect(lonLatToTile(-180, -90, 2)).toEqual({ z: 2, x: 0, y: 3 });
  });
});
