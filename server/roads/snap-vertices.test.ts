import { describe, expect, it } from 'vitest';
import { snapVertices } from './snap-vertices.ts';

// At 50.7° N: 1 m ≈ 0.0000142° of longitude and 0.0000090° of latitude.
const LON_M = 1 / (111_320 * Math.cos((50.7 * Math.PI) / 180));
const LAT_M = 1 / 111_320;

describe('snapVertices', () => {
  it('gives vertices within the tolerance one key, and others their own', () => {
    const keys = snapVertices(
      [
        [
          [15, 50.7],
          [15.001, 50.7],
        ],
        [
          [15.001 + 0.6 * LON_M, 50.7 + 0.3 * LAT_M],
          [15.002, 50.7],
        ],
        [
          [15.002 + 1.5 * LON_M, 50.7],
          [15.003, 50.7],
        ],
      ],
      1,
    );
    expect(keys).toEqual([
      [0, 1],
      [1, 2],
      [3, 4],
    ]);
  });

  it('finds a neighbour across cell edges east-west, where cells are narrower in metres', () => {
    // 0.9 m east of the last bit of a grid cell (1 m of latitude in degrees) is two cells further.
    const cell = 1 / 111_320;
    const west = Math.ceil(15 / cell) * cell - 1e-11;
    const keys = snapVertices(
      [
        [
          [west, 50.7],
          [west + 0.9 * LON_M, 50.7],
        ],
      ],
      1,
    );
    expect(keys).toEqual([[0, 0]]);
  });

  it('is deterministic and rejects a tolerance that is not positive', () => {
    const lines = [
      [
        [15, 50],
        [15.00001, 50],
        [15.00002, 50],
      ],
    ];
    expect(snapVertices(lines, 1)).toEqual(snapVertices(lines, 1));
    expect(() => snapVertices(lines, 0)).toThrow(/tolerance must be > 0/);
  });
});
