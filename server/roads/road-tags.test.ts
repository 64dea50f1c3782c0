import { describe, expect, it } from 'vitest';
import { classOf, isDrivable, onewayOf, parseMaxspeed, settlementOf, speedOf } from './road-tags.ts';

describe('parseMaxspeed', () => {
  it.each([
    ['50', 50],
    ['50 km/h', 50],
    ['50kmh', 50],
    ['30 mph', 48.28032],
    ['10 knots', 18.52],
    ['CZ:urban', 50],
    ['cz:rural', 90],
    ['CZ:motorway', 130],
    ['CZ:trunk', 110],
    ['CZ:living_street', 20],
    ['50;70', 50],
    ['70; none', 70],
  ])('%s → %d km/h', (value, kmh) => {
    expect(parseMaxspeed(value)).toBeCloseTo(kmh, 5);
  });

  it.each(['none', 'signals', 'walk', '', '0', '-30', 'fast', 'CZ:unknown', '50 km'])(
    '%j → undefined',
    (value) => {
      expect(parseMaxspeed(value)).toBeUndefined();
    },
  );
});

describe('classOf / isDrivable', () => {
  it('maps highway values to the Czech classes', () => {
    expect(['motorway', 'motorway_link'].map(classOf)).toEqual(['motorway', 'motorway']);
    expect(['trunk', 'trunk_link', 'primary', 'primary_link'].map(classOf)).toEqual(['I', 'I', 'I', 'I']);
    expect(['secondary', 'secondary_link', 'tertiary', 'tertiary_link'].map(classOf)).toEqual([
      'II',
      'II',
      'III',
      'III',
    ]);
    expect(['unclassified', 'residential', 'living_street', 'service'].map(classOf)).toEqual([
      'local',
      'local',
      'local',
      'local',
    ]);
    expect(() => classOf('footway')).toThrow(/footway is not a drivable road/);
  });

  it('keeps drivable ways only, and no areas', () => {
    expect(isDrivable({ highway: 'residential' })).toBe(true);
    expect(isDrivable({ highway: 'service', area: 'yes' })).toBe(false);
    for (const highway of [
      'footway',
      'cycleway',
      'path',
      'track',
      'steps',
      'pedestrian',
      'bridleway',
      'proposed',
    ])
      expect(isDrivable({ highway })).toBe(false);
    expect(isDrivable({ building: 'yes' })).toBe(false);
  });
});

describe('speedOf', () => {
  it('takes a parseable maxspeed', () => {
    expect(speedOf({ highway: 'primary', maxspeed: '70' })).toBe(70);
    expect(speedOf({ highway: 'residential', maxspeed: '30 mph' })).toBeCloseTo(48.28, 2);
  });

  it('falls back to the default of the road type, inside or outside a settlement', () => {
    expect(speedOf({ highway: 'motorway' })).toBe(130);
    expect(speedOf({ highway: 'trunk' })).toBe(110);
    expect(speedOf({ highway: 'primary', maxspeed: 'signals' })).toBe(90);
    expect(speedOf({ highway: 'primary', 'source:maxspeed': 'CZ:urban' })).toBe(50);
    expect(speedOf({ highway: 'secondary', 'maxspeed:type': 'CZ:rural' })).toBe(90);
    expect(speedOf({ highway: 'unclassified' })).toBe(70);
    expect(speedOf({ highway: 'residential' })).toBe(50);
    expect(speedOf({ highway: 'living_street' })).toBe(20);
    expect(speedOf({ highway: 'motorway_link' })).toBe(60);
  });

  it('tells the settlement from the implicit-limit tags', () => {
    expect(settlementOf({ maxspeed: 'CZ:urban' })).toBe('urban');
    expect(settlementOf({ 'zone:maxspeed': 'CZ:rural' })).toBe('rural');
    expect(settlementOf({ maxspeed: '50' })).toBeUndefined();
  });
});

describe('onewayOf', () => {
  it.each([
    [{ highway: 'primary', oneway: 'yes' }, 'forward'],
    [{ highway: 'primary', oneway: 'true' }, 'forward'],
    [{ highway: 'primary', oneway: '1' }, 'forward'],
    [{ highway: 'primary', oneway: '-1' }, 'backward'],
    [{ highway: 'primary', oneway: 'reverse' }, 'backward'],
    [{ highway: 'primary', oneway: 'no' }, 'both'],
    [{ highway: 'primary' }, 'both'],
    [{ highway: 'primary', oneway: 'reversible' }, 'both'],
    [{ highway: 'motorway' }, 'forward'],
    [{ highway: 'motorway_link' }, 'forward'],
    [{ highway: 'motorway', oneway: 'no' }, 'both'],
    [{ highway: 'tertiary', junction: 'roundabout' }, 'forward'],
    [{ highway: 'tertiary', junction: 'circular' }, 'forward'],
    [{ highway: 'tertiary', junction: 'roundabout', oneway: '-1' }, 'backward'],
  ] as const)('%j → %s', (tags, expected) => {
    expect(onewayOf(tags)).toBe(expected);
  });
});
