import type { Position } from 'geojson';
import type { SourceFeature } from '../ingest/geojson-reader.ts';
import { sjtskToWgs84 } from '../ingest/sjtsk.ts';
import type { RoadAttrs } from './road-attrs.ts';
import { ROAD_CLASSES, parseMaxspeed, type RoadClass } from './road-tags.ts';

// Road features of a GeoJSON file or shapefile → WGS 84 lines with class, speed and name, through a
// column mapping. Pure: the file is read by the caller.

export interface FeatureMapping {
  /** Property holding the road class. */
  classField: string;
  /** Property value → class; values not in it must already be a class name (motorway, I, II, III, local). */
  classMap?: Readonly<Record<string, RoadClass>>;
  /** Property holding the speed in km/h ("50", 50, "30 mph"); empty → the class's default. */
  speedField?: string;
  nameField?: string;
  /** Coordinates: 'auto' tells S-JTSK (EPSG:5514, negative metres) from WGS 84 by the first vertex. */
  crs?: 'auto' | 'wgs84' | 'sjtsk';
}

export interface FeatureLine {
  coords: Position[];
  attrs: RoadAttrs;
}

/** Czech general limits by class (no other hint in a plain road file): motorway 130, roads 90, local 50. */
export const CLASS_DEFAULT_SPEED: Readonly<Record<RoadClass, number>> = {
  motorway: 130,
  I: 90,
  II: 90,
  III: 90,
  local: 50,
};

const CLASS_BY_NAME = new Map(ROAD_CLASSES.map((c) => [c.toLowerCase(), c]));

/** "I=secondary" style pairs → a class map; the value must be a class name. */
export function parseClassMap(text: string): Record<string, RoadClass> {
  const map: Record<string, RoadClass> = {};
  for (const pair of text.split(',')) {
    const eq = pair.lastIndexOf('=');
    const roadClass = CLASS_BY_NAME.get(
      pair
        .slice(eq + 1)
        .trim()
        .toLowerCase(),
    );
    if (eq <= 0 || !roadClass)
      throw new Error(`class map entry ${JSON.stringify(pair)} is not VALUE=${ROAD_CLASSES.join('|')}`);
    map[pair.slice(0, eq).trim()] = roadClass;
  }
  return map;
}

const text = (value: unknown): string => (value === null || value === undefined ? '' : String(value).trim());

function lineParts(feature: SourceFeature, where: string): Position[][] {
  const g = feature.geometry;
  if (g.type === 'LineString') return [g.coordinates];
  if (g.type === 'MultiLineString') return g.coordinates;
  throw new Error(`${where}: geometry ${g.type} is not a line`);
}

function isSjtsk(features: readonly SourceFeature[]): boolean {
  for (const f of features) {
    const g = f.geometry;
    const first =
      g.type === 'LineString'
        ? g.coordinates[0]
        : g.type === 'MultiLineString'
          ? g.coordinates[0]?.[0]
          : undefined;
    if (first) return (first[0] ?? 0) < 0 && (first[1] ?? 0) < 0;
  }
  return false;
}

function checkWgs84([lon, lat]: Position, where: string): Position {
  if (lon === undefined || lat === undefined || !(Math.abs(lon) <= 180) || !(Math.abs(lat) <= 90))
    throw new Error(`${where}: [${lon}, ${lat}] is neither WGS 84 nor S-JTSK (EPSG:5514)`);
  return [lon, lat];
}

/**
 * Lines with attributes from road features. Fails on the first bad geometry or speed, and on class
 * values that neither the map nor the class names cover (all such values are listed at once).
 */
export function roadFeatureLines(
  features: readonly SourceFeature[],
  mapping: FeatureMapping,
  label: string,
): FeatureLine[] {
  const crs = mapping.crs ?? 'auto';
  const sjtsk = crs === 'sjtsk' || (crs === 'auto' && isSjtsk(features));
  const unknown = new Set<string>();
  let classFieldSeen = false;
  const lines: FeatureLine[] = [];
  features.forEach((feature, i) => {
    const where = `${label}: feature ${i}`;
    const p = feature.properties;
    if (mapping.classField in p) classFieldSeen = true;
    const raw = text(p[mapping.classField]);
    const roadClass = mapping.classMap?.[raw] ?? CLASS_BY_NAME.get(raw.toLowerCase());
    if (!roadClass) {
      unknown.add(raw);
      return;
    }
    const speedText = mapping.speedField ? text(p[mapping.speedField]) : '';
    const speedKmh = speedText === '' ? CLASS_DEFAULT_SPEED[roadClass] : parseMaxspeed(speedText);
    if (speedKmh === undefined)
      throw new Error(`${where}: speed ${JSON.stringify(speedText)} is not a speed in km/h`);
    const name = mapping.nameField ? text(p[mapping.nameField]) || null : null;
    for (const part of lineParts(feature, where)) {
      const coords = part.map((pos) => (sjtsk ? sjtskToWgs84(pos) : checkWgs84(pos, where)));
      lines.push({ coords, attrs: { roadClass, speedKmh, oneway: false, name } });
    }
  });
  if (features.length > 0 && !classFieldSeen)
    throw new Error(`${label}: no feature has the class field ${JSON.stringify(mapping.classField)}`);
  if (unknown.size > 0) {
    const values = [...unknown].slice(0, 10).map((v) => JSON.stringify(v));
    throw new Error(
      `${label}: unknown class values in ${mapping.classField}: ${values.join(', ')}` +
        `${unknown.size > 10 ? ` and ${unknown.size - 10} more` : ''} (map them with --class-map VALUE=CLASS)`,
    );
  }
  return lines;
}
