// Reads the committed building register (data/energy/buildings.geojson, written by
// `npm run energy:model`) into typed buildings, checking every field.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { BUILDING_TYPES, type Building } from './register-types.ts';

export const REGISTER_FILE = path.resolve(import.meta.dirname, '../../../data/energy/buildings.geojson');

const properties = z.strictObject({
  id: z.number().int().positive(),
  code: z.string().min(1),
  name: z.string().min(1),
  type: z.enum(BUILDING_TYPES),
  municipality: z.string().min(1),
  okres: z.string().nullable(),
  address: z.string().nullable(),
  floor_area_m2: z.number().positive(),
  built_year: z.number().int(),
  occupants: z.number().int().nonnegative(),
  location_approximate: z.boolean(),
  modelled: z.literal(true),
  source: z.string().min(1),
});
const file = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      properties,
      geometry: z.object({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]) }),
    }),
  ),
});

export async function readRegister(file_ = REGISTER_FILE): Promise<Building[]> {
  const parsed = file.safeParse(JSON.parse(await readFile(file_, 'utf8')));
  if (!parsed.success)
    throw new Error(
      `${file_}: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`,
    );
  return parsed.data.features.map(({ properties: p, geometry }) => ({
    id: p.id,
    code: p.code,
    name: p.name,
    type: p.type,
    municipality: p.municipality,
    okres: p.okres,
    address: p.address,
    floorAreaM2: p.floor_area_m2,
    builtYear: p.built_year,
    occupants: p.occupants,
    locationApproximate: p.location_approximate,
    source: p.source,
    lon: geometry.coordinates[0],
    lat: geometry.coordinates[1],
  }));
}

/** The register as GeoJSON, one feature per line (what the script writes and `readRegister` reads). */
export function registerGeojson(buildings: readonly Building[]): string {
  const lines = buildings.map((b) =>
    JSON.stringify({
      type: 'Feature',
      properties: {
        id: b.id,
        code: b.code,
        name: b.name,
        type: b.type,
        municipality: b.municipality,
        okres: b.okres,
        address: b.address,
        floor_area_m2: b.floorAreaM2,
        built_year: b.builtYear,
        occupants: b.occupants,
        location_approximate: b.locationApproximate,
        modelled: true,
        source: b.source,
      },
      geometry: { type: 'Point', coordinates: [b.lon, b.lat] },
    }),
  );
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}
