import { describe, expect, it } from 'vitest';
import { componentSizes, joiningLinks } from './components.ts';

describe('components', () => {
  it('counts component sizes, largest first', () => {
    expect(
      componentSizes(6, [
        [0, 1],
        [1, 2],
        [3, 4],
      ]),
    ).toEqual([3, 2, 1]);
    expect(componentSizes(0, [])).toEqual([]);
  });

  it('joins components with the first candidates that link different ones', () => {
    const edges: [number, number][] = [
      [0, 1],
      [2, 3],
    ];
    const candidates: [number, number][] = [
      [0, 1],
      [1, 2],
      [0, 3],
      [4, 0],
    ];
    expect(joiningLinks(5, edges, candidates)).toEqual([
      [1, 2],
      [4, 0],
    ]);
  });
});
