import { describe, expect, it } from 'vitest';
import { gridFixture } from '../server/roads/fixtures/osm-fixture.ts';
import { jitteredGrid } from './osm-import-throughput.ts';

describe('jitteredGrid', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(jitteredGrid(12, 7)).toEqual(jitteredGrid(12, 7));
    expect(jitteredGrid(12, 7).nodes).not.toEqual(jitteredGrid(12, 8).nodes);
  });

  it('keeps the ways and moves each node by at most ~7 m', () => {
    const grid = gridFixture(12);
    const jittered = jitteredGrid(12, 7);
    expect(jittered.ways).toEqual(grid.ways);
    jittered.nodes.forEach((n, i) => {
      const g = grid.nodes[i];
      expect(n.id).toBe(g?.id);
      expect(Math.abs(n.lon - (g?.lon ?? 0))).toBeLessThanOrEqual(0.0001);
      expect(Math.abs(n.lat - (g?.lat ?? 0))).toBeLessThanOrEqual(0.0000625);
    });
    expect(jittered.nodes.some((n, i) => n.lon !== grid.nodes[i]?.lon)).toBe(true);
  });
});
