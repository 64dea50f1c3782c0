import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readFeedFiles } from './feed-files.ts';
import { IssueList } from './gtfs-error.ts';
import type { GtfsFeed } from './gtfs-feed.ts';
import { parseFeed } from './parse-feed.ts';
import { distanceToLineM, mainPatterns, routeGeometries, type Position } from './route-geometry.ts';

let feed: GtfsFeed;

beforeAll(async () => {
  const issues = new IssueList(10);
  feed = parseFeed(
    await readFeedFiles(path.join(import.meta.dirname, 'fixtures/mini-feed'), issues),
    issues,
  )!;
});

// Mini feed stops: S1 (15.0501, 50.7701), S2 (15.06, 50.76), S3 (15.07, 50.75).
const S1: Position = [15.0501, 50.7701];
const S2: Position = [15.06, 50.76];
const S3: Position = [15.07, 50.75];

describe('distanceToLineM', () => {
  it('measures to the nearest point of a segment, not just its vertices', () => {
    const line: Position[] = [
      [15, 50],
      [15.02, 50],
    ];
    // 0.001° of latitude ≈ 111 m, from a point above the middle of the segment.
    expect(distanceToLineM([15.01, 50.001], line)).toBeCloseTo(111.3, 0);
    expect(distanceToLineM([15.01, 50], line)).toBeCloseTo(0, 6);
  });
});

describe('mainPatterns', () => {
  it('takes the most frequent stop pattern of each route and direction', () => {
    expect(mainPatterns(feed)).toEqual(
      new Map([
        [
          'R1',
          [
            ['S1', 'S2', 'S3'],
            ['S3', 'S2', 'S1'],
          ],
        ],
        ['R2', [['S2', 'S1']]],
      ]),
    );
  });
});

describe('routeGeometries', () => {
  it('draws routes stop to stop when no line shape fits', () => {
    expect(routeGeometries(feed, new Map())).toEqual([
      {
        routeId: 'R1',
        source: 'stop_sequence',
        lines: [
          [S1, S2, S3],
          [S3, S2, S1],
        ],
      },
      { routeId: 'R2', source: 'stop_sequence', lines: [[S2, S1]] },
    ]);
  });

  it("takes a tram line's shape when it runs past the route's stops", () => {
    const track: Position[] = [
      [15.05, 50.7705],
      [15.0601, 50.7602],
      [15.0702, 50.7498],
    ];
    const geoms = routeGeometries(
      feed,
      new Map([
        ['11', [track]],
        ['5', [track]],
      ]),
    );
    expect(geoms[0]).toEqual({ routeId: 'R1', source: 'tram_shapes', lines: [track] });
    // Line 5 of the mini feed is a bus (route_type 3): shapes are for trams only.
    expect(geoms[1]?.source).toBe('stop_sequence');
  });

  it('keeps the stop-to-stop line when the shape covers only part of the route or lies elsewhere', () => {
    const partial: Position[] = [S1, S2];
    const elsewhere: Position[] = [
      [14.4, 50.08],
      [14.41, 50.09],
    ];
    for (const shape of [partial, elsewhere])
      expect(routeGeometries(feed, new Map([['11', [shape]]]))[0]?.source).toBe('stop_sequence');
  });
});
