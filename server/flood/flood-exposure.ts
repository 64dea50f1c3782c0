// What lies inside a river's flood zones: buildings (and the schools among them), heritage sites,
// hospitals, stops and road segments, with counts and lists, for the exposure panel and its export.
import type { Queryable } from '../db/db.ts';
import { FLOOD_SQL } from './flood-sql.ts';

export const ZONE_KINDS = ['Q5', 'Q20', 'Q100'] as const;
export type ZoneKind = (typeof ZONE_KINDS)[number];
export const EXPOSURE_LAYERS = ['buildings', 'schools', 'heritage', 'hospitals', 'stops', 'roads'] as const;
export type ExposureLayer = (typeof EXPOSURE_LAYERS)[number];

export interface ExposedFeature {
  id: string;
  name: string;
  kind: string;
  municipality: string | null;
  /** Road segments: metres of the segment inside the zones. */
  inside_m?: number;
  geometry: GeoJSON.Geometry;
}

export interface Exposure {
  river: string;
  zone: ZoneKind;
  zoneRivers: readonly string[];
  gauge: { id: string; name: string } | null;
  counts: Record<ExposureLayer, number>;
  features: Record<ExposureLayer, ExposedFeature[]>;
}

interface Row {
  id: string;
  name: string;
  kind: string;
  municipality: string | null;
  inside_m?: number;
  geometry: string;
}

const feature = (r: Row): ExposedFeature => ({
  id: r.id,
  name: r.name,
  kind: r.kind,
  municipality: r.municipality,
  ...(r.inside_m === undefined ? {} : { inside_m: r.inside_m }),
  geometry: JSON.parse(r.geometry) as GeoJSON.Geometry,
});

/** Exposure inside the `zone` zones of `zoneRivers` (already mapped from a gauge or a river name). */
export async function floodExposure(
  db: Queryable,
  query: { river: string; zone: ZoneKind; zoneRivers: readonly string[]; gauge: Exposure['gauge'] },
): Promise<Exposure> {
  const params = [query.zoneRivers, query.zone];
  const run = async (sql: string) => (await db.query<Row>(sql, params)).map(feature);
  const buildings = await run(FLOOD_SQL.exposureBuildings);
  const features: Record<ExposureLayer, ExposedFeature[]> = {
    buildings,
    schools: buildings.filter((b) => b.kind === 'school'),
    heritage: await run(FLOOD_SQL.exposureHeritage),
    hospitals: await run(FLOOD_SQL.exposureHospitals),
    stops: await run(FLOOD_SQL.exposureStops),
    roads: await run(FLOOD_SQL.exposureRoads),
  };
  const counts = Object.fromEntries(EXPOSURE_LAYERS.map((l) => [l, features[l].length])) as Record<
    ExposureLayer,
    number
  >;
  return { ...query, counts, features };
}

/** The zone river names present in flood.zones. */
export async function zoneRiverNames(db: Queryable): Promise<Set<string>> {
  const rows = await db.query<{ river: string }>(FLOOD_SQL.zoneRivers);
  return new Set(rows.map((r) => r.river));
}

const CSV_COLUMNS = ['layer', 'id', 'name', 'kind', 'municipality', 'lon', 'lat', 'inside_m'] as const;
const csvCell = (v: unknown) => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

/** One line per exposed feature (a school appears as a building and as a school); points get lon/lat. */
export function exposureCsv(e: Exposure): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const layer of EXPOSURE_LAYERS) {
    for (const f of e.features[layer]) {
      const [lon, lat] = f.geometry.type === 'Point' ? f.geometry.coordinates : [null, null];
      lines.push([layer, f.id, f.name, f.kind, f.municipality, lon, lat, f.inside_m].map(csvCell).join(','));
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** A FeatureCollection with `layer` in each feature's properties. */
export function exposureGeoJson(e: Exposure): GeoJSON.FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: EXPOSURE_LAYERS.flatMap((layer) =>
      e.features[layer].map((f) => ({
        type: 'Feature' as const,
        id: `${layer}/${f.id}`,
        geometry: f.geometry,
        properties: {
          layer,
          id: f.id,
          name: f.name,
          kind: f.kind,
          municipality: f.municipality,
          ...(f.inside_m === undefined ? {} : { inside_m: f.inside_m }),
        },
      })),
    ),
  };
}
