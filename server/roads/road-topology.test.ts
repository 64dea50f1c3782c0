import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildTopology, componentSizes, type RoadLine } from './road-topology.ts';

// Coordinates equal to the keys make the expected geometry easy to read.
const line = (keys: number[], attrs = 'a'): RoadLine<string> => ({
  keys,
  coords: keys.map((k): Position => [k, 0]),
  attrs,
});
const summary = (lines: RoadLine<string>[]) => {
  const t = buildTopology(lines);
  const keyOf = (id: number) => t.nodes[id - 1]?.key;
  return t.segments.map(
    (s) => `${keyOf(s.from)}>${keyOf(s.to)}:${s.coords.map((c) => c[0]).join(',')}:${s.attrs}`,
  );
};

describe('buildTopology', () => {
  it('keeps a lone line whole', () => {
    expect(summary([line([1, 2, 3, 4])])).toEqual(['1>4:1,2,3,4:a']);
  });

  it('splits at a vertex another line passes through, not at others', () => {
    expect(summary([line([1, 2, 3, 4], 'a'), line([3, 5], 'b')])).toEqual([
      '1>3:1,2,3:a',
      '3>4:3,4:a',
      '3>5:3,5:b',
    ]);
  });

  it('splits both lines where they cross at a shared inner vertex', () => {
    expect(summary([line([1, 2, 3]), line([4, 2, 5])])).toEqual([
      '1>2:1,2:a',
      '2>3:2,3:a',
      '4>2:4,2:a',
      '2>5:2,5:a',
    ]);
  });

  it('cuts a closed way (roundabout) at its junctions', () => {
    expect(summary([line([10, 11, 12, 13, 10], 'r'), line([9, 10]), line([12, 14])])).toEqual([
      '10>12:10,11,12:r',
      '12>10:12,13,10:r',
      '9>10:9,10:a',
      '12>14:12,14:a',
    ]);
  });

  it('keeps a closed way with no other junction as one loop', () => {
    expect(summary([line([1, 2, 3, 1])])).toEqual(['1>1:1,2,3,1:a']);
  });

  it('splits where a line touches itself', () => {
    expect(summary([line([1, 2, 3, 4, 2, 5])])).toEqual(['1>2:1,2:a', '2>2:2,3,4,2:a', '2>5:2,5:a']);
  });

  it('drops repeated vertices and degenerate lines', () => {
    expect(summary([line([1, 1, 2, 2, 3]), line([7, 7]), line([8])])).toEqual(['1>3:1,2,3:a']);
  });

  it('numbers nodes by first appearance and gives endpoints the node coordinate', () => {
    const t = buildTopology([
      {
        keys: ['a', 'b'],
        coords: [
          [0, 0],
          [1, 1],
        ],
        attrs: 1,
      },
      {
        keys: ['b', 'c'],
        coords: [
          [1.0000001, 1],
          [2, 2],
        ],
        attrs: 2,
      },
    ]);
    expect(t.nodes.map((n) => [n.id, n.key])).toEqual([
      [1, 'a'],
      [2, 'b'],
      [3, 'c'],
    ]);
    expect(t.segments[1]?.coords[0]).toEqual([1, 1]);
  });

  it('rejects a line whose keys and coordinates disagree', () => {
    expect(() => buildTopology([{ keys: [1, 2], coords: [[0, 0]], attrs: 0 }])).toThrow(
      /2 keys but 1 coordinates/,
    );
  });
});

describe('componentSizes', () => {
  it('counts the connected parts, largest first', () => {
    expect(
      componentSizes(
        [1, 2, 3, 4, 5, 6],
        [
          { from: 1, to: 2 },
          { from: 3, to: 2 },
          { from: 4, to: 5 },
        ],
      ),
    ).toEqual([3, 2, 1]);
  });

  it('rejects an edge to an unknown node', () => {
    expect(() => componentSizes([1], [{ from: 1, to: 2 }])).toThrow(/unknown node/);
  });
});
