// Reads the real inputs of the model network from the bundled data/ (data/README.md): region,
// municipalities with population, regional stops, and the D10 motorway from OpenStreetMap.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { FeatureCollection, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import { BUNDLED_DATA_DIR } from '../ingest/read-dataset.ts';
import type { LonLat } from './geo.ts';
import type { ModelInputs } from './road-types.ts';

export const MODEL_INPUT_FILES = {
  region: 'admin/region.geojson',
  municipalities: 'admin/municipalities.geojson',
  stops: 'transport/stops.geojson',
  motorway: 'transport/d10-motorway.geojson',
} as const;

async function readCollection<G extends FeatureCollection['features'][number]['geometry']>(
  dataDir: string,
  file: string,
  types: readonly G['type'][],
) {
  const fc = JSON.parse(await readFile(path.join(dataDir, file), 'utf8')) as FeatureCollection<G>;
  fc.features.forEach((f, i) => {
    if (!f.geometry || !types.includes(f.geometry.type))
      throw new Error(`${file} feature ${i}: geometry ${f.geometry?.type} is not ${types.join('/')}`);
  });
  return fc.features;
}

function property<T>(file: string, i: number, value: unknown, check: (v: unknown) => v is T): T {
  if (!check(value))
    throw new Error(`${file} feature ${i}: unexpected property value ${JSON.stringify(value)}`);
  return value;
}
const isString = (v: unknown): v is string => typeof v === 'string';
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** The model's inputs from `dataDir` (default: the bundled data/). */
export async function readModelInputs(dataDir = BUNDLED_DATA_DIR): Promise<ModelInputs> {
  const F = MODEL_INPUT_FILES;
  const [region] = await readCollection<Polygon | MultiPolygon>(dataDir, F.region, [
    'Polygon',
    'MultiPolygon',
  ]);
  if (!region) throw new Error(`${F.region}: no region polygon`);
  const municipalities = await readCollection<Polygon | MultiPolygon>(dataDir, F.municipalities, [
    'Polygon',
    'MultiPolygon',
  ]);
  const stops = await readCollection<Point>(dataDir, F.stops, ['Point']);
  const motorway = await readCollection<LineString>(dataDir, F.motorway, ['LineString']);
  return {
    region: region.geometry,
    municipalities: municipalities.map((f, i) => ({
      code: String(property(F.municipalities, i, f.properties?.kod, isNumber)),
      name: property(F.municipalities, i, f.properties?.ob, isString),
      population: property(F.municipalities, i, f.properties?.obv, isNumber),
      geometry: f.geometry,
    })),
    // id = row index, as transport.stops (server/ingest/datasets.ts).
    stops: stops.map((f, id) => ({
      id,
      name: property(F.stops, id, f.properties?.jdf_name, isString),
      lonLat: f.geometry.coordinates as unknown as LonLat,
    })),
    motorway: motorway.map((f, i) => ({
      ref: property(F.motorway, i, f.properties?.ref, isString),
      // Geofabrik's roads schema: F = one-way in digitised direction, B = both ways, T = against it.
      oneway: property(F.motorway, i, f.properties?.oneway, isString) !== 'B',
      maxspeedKmh:
        isNumber(f.properties?.maxspeed) && f.properties.maxspeed > 0 ? f.properties.maxspeed : null,
      coordinates: (property(F.motorway, i, f.properties?.oneway, isString) === 'T'
        ? [...f.geometry.coordinates].reverse()
        : f.geometry.coordinates) as unknown as LonLat[],
    })),
  };
}
