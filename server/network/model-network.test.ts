import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { haversineM, roundTo } from './geo.ts';
import { readModelInputs } from './model-inputs.ts';
import { generateModelNetwork } from './model-network.ts';
import { MODEL_RULES } from './road-classes.ts';
import type { RoadNetwork } from './road-types.ts';

const SUMMARY = path.join(import.meta.dirname, 'fixtures/model-network-summary.json');

function summary(net: RoadNetwork) {
  const count = <T>(items: readonly T[], key: (t: T) => string) =>
    Object.fromEntries(
      [...items.reduce((m, t) => m.set(key(t), (m.get(key(t)) ?? 0) + 1), new Map<string, number>())].sort(),
    );
  return {
    nodes: net.nodes.length,
    segments: net.segments.length,
    nodeKinds: count(net.nodes, (n) => n.kind),
    classesAtSpeed: count(net.segments, (s) => `${s.class} ${s.speedKmh}`),
    totalKm: roundTo(net.segments.reduce((s, x) => s + x.lengthM, 0) / 1000, 1),
  };
}

describe('model road network generator (bundled data)', () => {
  let net: ReturnType<typeof generateModelNetwork>;
  beforeAll(async () => {
    net = generateModelNetwork(await readModelInputs());
  });

  it('is deterministic: two runs give byte-identical output', async () => {
    const again = generateModelNetwork(await readModelInputs());
    expect(JSON.stringify(again)).toBe(JSON.stringify(net));
  });

  it('is one connected network with every municipality centre', () => {
    expect(net.stats.components).toEqual([net.nodes.length]);
    expect(net.nodes.filter((n) => n.kind === 'municipality')).toHaveLength(215);
    expect(net.stats.stopNodes).toBeLessThan(net.stats.stopsInRegion);
  });

  it('follows the documented length, speed and time rules', () => {
    const pos = new Map(net.nodes.map((n) => [n.id, n.lonLat]));
    for (const s of net.segments) {
      expect(s.travelTimeS).toBeCloseTo(s.lengthM / (s.speedKmh / 3.6), 1);
      if (s.class === 'motorway') continue;
      expect(s.oneway).toBe(false);
      expect(s.lengthM).toBeCloseTo(
        haversineM(pos.get(s.from)!, pos.get(s.to)!) * MODEL_RULES.detourFactor,
        0,
      );
      expect([MODEL_RULES.speedKmh[s.class], MODEL_RULES.settlementSpeedKmh[s.class]]).toContain(s.speedKmh);
    }
  });

  it('splices the D10 as one-way carriageways reached through junctions', () => {
    const motorway = net.segments.filter((s) => s.class === 'motorway');
    expect(motorway.length).toBeGreaterThan(50);
    expect(motorway.every((s) => s.oneway && s.name === 'D10' && s.speedKmh <= 110)).toBe(true);
    const junctions = net.nodes.filter((n) => n.kind === 'junction');
    expect(junctions.length).toBeGreaterThanOrEqual(4);
    for (const j of junctions) {
      const connectors = net.segments.filter(
        (s) => s.class !== 'motorway' && (s.from === j.id || s.to === j.id),
      );
      expect(connectors).toHaveLength(1);
    }
  });

  it('matches the reviewed summary (REGEN=1 rewrites it)', () => {
    const actual = summary(net);
    if (process.env.REGEN) writeFileSync(SUMMARY, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(SUMMARY, 'utf8')));
  });
});
