// OpenStreetMap highway tags → the network's class, speed and direction, following Czech practice.
// Pure: no I/O. See https://wiki.openstreetmap.org/wiki/Key:highway and Key:maxspeed.

/** Classes of transport.road_segments: motorway, the state road classes I/II/III, everything else local. */
export type RoadClass = 'motorway' | 'I' | 'II' | 'III' | 'local';

export const ROAD_CLASSES: readonly RoadClass[] = ['motorway', 'I', 'II', 'III', 'local'];

/** Travel direction of a way relative to its node order. */
export type Oneway = 'both' | 'forward' | 'backward';

export type OsmTags = Readonly<Record<string, string>>;

/**
 * highway values a car may drive on → class. Czech roads: `motorway` is a dálnice; `trunk` (a road
 * for motor vehicles) and `primary` are class I roads; `secondary` class II; `tertiary` class III;
 * the rest are local roads. Links take the class of their road.
 */
const HIGHWAY_CLASS: Readonly<Record<string, RoadClass>> = {
  motorway: 'motorway',
  motorway_link: 'motorway',
  trunk: 'I',
  trunk_link: 'I',
  primary: 'I',
  primary_link: 'I',
  secondary: 'II',
  secondary_link: 'II',
  tertiary: 'III',
  tertiary_link: 'III',
  unclassified: 'local',
  residential: 'local',
  living_street: 'local',
  service: 'local',
};

/** The highway values kept; footway, cycleway, path, track, steps, pedestrian, … are skipped. */
export const DRIVABLE_HIGHWAYS: ReadonlySet<string> = new Set(Object.keys(HIGHWAY_CLASS));

/**
 * Speed (km/h) when a way has no usable maxspeed: the Czech general limits (130 motorway, 110 road
 * for motor vehicles, 90 outside and 50 inside a settlement, 20 in a living street) lowered where
 * the road type rarely allows them (links, service roads). Inside/outside a settlement comes from
 * the implicit-limit tags when present (see settlementOf); otherwise the road type's usual setting.
 */
const DEFAULT_SPEED: Readonly<Record<string, { rural: number; urban: number }>> = {
  motorway: { rural: 130, urban: 80 },
  motorway_link: { rural: 60, urban: 50 },
  trunk: { rural: 110, urban: 50 },
  trunk_link: { rural: 50, urban: 40 },
  primary: { rural: 90, urban: 50 },
  primary_link: { rural: 50, urban: 40 },
  secondary: { rural: 90, urban: 50 },
  secondary_link: { rural: 50, urban: 40 },
  tertiary: { rural: 90, urban: 50 },
  tertiary_link: { rural: 50, urban: 40 },
  unclassified: { rural: 70, urban: 50 },
  residential: { rural: 50, urban: 50 },
  living_street: { rural: 20, urban: 20 },
  service: { rural: 20, urban: 20 },
};

/** Implicit limits written as maxspeed values or in maxspeed:type / source:maxspeed (OSM wiki, CZ row). */
const IMPLICIT_LIMITS: Readonly<Record<string, number>> = {
  'cz:urban': 50,
  'cz:rural': 90,
  'cz:trunk': 110,
  'cz:motorway': 130,
  'cz:living_street': 20,
  'cz:pedestrian_zone': 20,
};

const MPH_KMH = 1.609344;
const KNOTS_KMH = 1.852;

export const isDrivable = (tags: OsmTags): boolean =>
  DRIVABLE_HIGHWAYS.has(tags.highway ?? '') && tags.area !== 'yes';

export function classOf(highway: string): RoadClass {
  const roadClass = HIGHWAY_CLASS[highway];
  if (!roadClass) throw new Error(`highway=${highway} is not a drivable road`);
  return roadClass;
}

/**
 * One maxspeed value in km/h, or undefined when it is not a number limit ("none", "signals",
 * "walk", garbage). Accepts "50", "50 km/h", "50kmh", "30 mph", "10 knots", "CZ:urban"; for a list
 * ("50;70", lanes differ) the lowest.
 */
export function parseMaxspeed(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const speeds = value
    .split(';')
    .map((part) => parseOne(part.trim().toLowerCase()))
    .filter((v): v is number => v !== undefined);
  return speeds.length > 0 ? Math.min(...speeds) : undefined;
}

function parseOne(v: string): number | undefined {
  const implicit = IMPLICIT_LIMITS[v];
  if (implicit !== undefined) return implicit;
  const m = /^(\d+(?:\.\d+)?)\s*(km\/h|kmh|kph|mph|knots)?$/.exec(v);
  if (!m) return undefined;
  const n = Number(m[1]);
  if (!(n > 0)) return undefined;
  if (m[2] === 'mph') return n * MPH_KMH;
  if (m[2] === 'knots') return n * KNOTS_KMH;
  return n;
}

/** 'urban' / 'rural' when the tags say so (CZ:urban or CZ:rural in maxspeed, maxspeed:type or source:maxspeed). */
export function settlementOf(tags: OsmTags): 'urban' | 'rural' | undefined {
  for (const key of ['maxspeed', 'maxspeed:type', 'source:maxspeed', 'zone:maxspeed']) {
    const v = tags[key]?.toLowerCase();
    if (v === 'cz:urban') return 'urban';
    if (v === 'cz:rural' || v === 'cz:trunk' || v === 'cz:motorway') return 'rural';
  }
  return undefined;
}

/**
 * Speed in km/h: maxspeed when parseable, else the default of the highway type, inside or outside
 * a settlement as the tags tell (outside when they do not: in-town streets are mostly residential,
 * whose default is 50 either way).
 */
export function speedOf(tags: OsmTags): number {
  const posted = parseMaxspeed(tags.maxspeed);
  if (posted !== undefined) return posted;
  const defaults = DEFAULT_SPEED[tags.highway ?? ''];
  if (!defaults) throw new Error(`highway=${tags.highway} is not a drivable road`);
  return (settlementOf(tags) ?? 'rural') === 'urban' ? defaults.urban : defaults.rural;
}

/**
 * Direction of travel: oneway=yes|true|1 forward, -1|reverse backward, no|false|0 both; without the
 * tag, motorways, their links and roundabouts (junction=roundabout|circular) are one-way forward.
 * reversible/alternating ways are kept as two-way (they are open both ways, at different times).
 */
export function onewayOf(tags: OsmTags): Oneway {
  const v = tags.oneway?.toLowerCase();
  if (v === 'yes' || v === 'true' || v === '1') return 'forward';
  if (v === '-1' || v === 'reverse') return 'backward';
  if (v === 'no' || v === 'false' || v === '0') return 'both';
  const impliedOneway =
    tags.highway === 'motorway' ||
    tags.highway === 'motorway_link' ||
    tags.junction === 'roundabout' ||
    tags.junction === 'circular';
  return impliedOneway ? 'forward' : 'both';
}
