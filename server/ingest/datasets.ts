import { formatCzechAddress } from './czech-address.ts';
import type { Column, DatasetSpec, Properties } from './dataset-spec.ts';
import {
  boolean,
  integer,
  oneOf,
  optionalInteger,
  optionalNumber,
  optionalText,
  text,
} from './property-values.ts';

// The bundled datasets (data/README.md has source, licence, date and method of every file) and how
// each becomes rows of its table in sql/migrations/002_reference_layers.sql. Loaded in this order.

const admin = (
  id: string,
  table: string,
  file: string,
  extra: readonly Column[],
  toExtra: (p: Properties) => Record<string, string>,
): DatasetSpec => ({
  id,
  table,
  geometry: 'MultiPolygon',
  files: [{ path: file, format: 'geojson', crs: 'EPSG:4326' }],
  columns: [{ name: 'code', type: 'text' }, { name: 'name', type: 'text' }, ...extra],
  key: 'code',
  toRow: (p) => ({ code: text(p, 'KOD'), name: text(p, 'NAZEV'), ...toExtra(p) }),
});

const SPA_LEVELS = ['dry', 'spa1', 'spa2', 'spa3', 'spa4'] as const;
// ČHMÚ field names: DRYH, SPA1H … SPA4H (cm) and DRYQ, SPA1Q … (m³/s).
const spaField = (level: (typeof SPA_LEVELS)[number], unit: 'H' | 'Q') => `${level.toUpperCase()}${unit}`;

const ZONE_KINDS = { '5': 'Q5', '20': 'Q20', '100': 'Q100', akt: 'AZ' } as const;
const HERITAGE_KINDS = {
  hrad: 'castle',
  zamek: 'chateau',
  zricenina: 'ruin',
  hradozamek: 'castle_chateau',
} as const;
const MUSEUM_KINDS = { museum: 'museum', gallery: 'gallery' } as const;
// "neznamo" is the source saying it does not know; that is a null, not a value.
const HERITAGE_ACCESS = { volne: 'free', vstupne: 'fee', neznamo: null } as const;

/** Visitors per year from the source's `{ "2023": n, … }` object (null where not published). */
function visitors(p: Properties, year: string): number | null {
  const all = p.visitors as Record<string, unknown> | null | undefined;
  return all ? optionalInteger(all, year) : null;
}

export const DATASETS: readonly DatasetSpec[] = [
  admin('region', 'admin.region', 'admin/region.geojson', [{ name: 'nuts3', type: 'text' }], (p) => ({
    nuts3: text(p, 'NUTS3_KOD'),
  })),
  admin('okresy', 'admin.okresy', 'admin/okresy.geojson', [{ name: 'lau1', type: 'text' }], (p) => ({
    lau1: text(p, 'LAU1_KOD'),
  })),
  admin('orp', 'admin.orp', 'admin/orp.geojson', [], () => ({})),
  {
    id: 'municipalities',
    table: 'admin.municipalities',
    geometry: 'MultiPolygon',
    files: [{ path: 'admin/municipalities.geojson', format: 'geojson', crs: 'EPSG:4326' }],
    columns: [
      { name: 'code', type: 'text' },
      { name: 'name', type: 'text' },
      { name: 'okres', type: 'text' },
      { name: 'population', type: 'integer' },
    ],
    // Geodesic area on the WGS 84 ellipsoid, so that density does not depend on a projection.
    computed: [
      { name: 'area_km2', sql: 'ST_Area(geom::geography) / 1e6' },
      { name: 'density', sql: 'population / (ST_Area(geom::geography) / 1e6)' },
    ],
    key: 'code',
    toRow: (p) => ({
      code: String(integer(p, 'kod')),
      name: text(p, 'ob'),
      okres: text(p, 'ok'),
      population: integer(p, 'obv'),
    }),
  },
  {
    id: 'gauges',
    table: 'flood.gauges',
    geometry: 'Point',
    files: [{ path: 'flood/gauges.geojson', format: 'geojson', crs: 'EPSG:4326' }],
    columns: [
      { name: 'id', type: 'text' },
      { name: 'dbc', type: 'text' },
      { name: 'name', type: 'text' },
      { name: 'river', type: 'text' },
      { name: 'catchment_km2', type: 'double precision', nullable: true },
      { name: 'spa_type', type: 'text', nullable: true },
      ...(['h', 'q'] as const).flatMap((u) =>
        SPA_LEVELS.map((l): Column => ({ name: `${l}_${u}`, type: 'double precision', nullable: true })),
      ),
    ],
    key: 'id',
    toRow: (p) => ({
      id: text(p, 'objID'),
      dbc: text(p, 'DBC'),
      name: text(p, 'STATION_NAME'),
      river: text(p, 'STREAM_NAME'),
      catchment_km2: optionalNumber(p, 'PLO_STA'),
      // 9 small stations publish no SPA type (and no thresholds): null, not a guess.
      spa_type: optionalText(p, 'SPA_TYP'),
      ...Object.fromEntries(
        (['H', 'Q'] as const).flatMap((u) =>
          SPA_LEVELS.map((l) => [`${l}_${u.toLowerCase()}`, optionalNumber(p, spaField(l, u))]),
        ),
      ),
    }),
  },
  {
    id: 'flood-zones',
    table: 'flood.zones',
    geometry: 'MultiPolygon',
    files: (['Q5', 'Q20', 'Q100', 'AZ'] as const).map((kind) => ({
      path: `flood/zones/PovodiOhre_${kind}.shp`,
      format: 'shapefile' as const,
      crs: 'EPSG:5514' as const,
      tag: kind,
    })),
    columns: [
      { name: 'id', type: 'integer' },
      { name: 'kind', type: 'text' },
      { name: 'river', type: 'text' },
      { name: 'study', type: 'text', nullable: true },
      { name: 'declared', type: 'text', nullable: true },
    ],
    key: 'id',
    identity: true,
    toRow: (p, { file, index }) => {
      const kind = oneOf(p, 'TYP_ZAPLAV', ZONE_KINDS);
      // Each file holds one kind; a record of another kind means the files were mixed up.
      if (kind !== file.tag) throw new Error(`property TYP_ZAPLAV says ${kind} in the ${file.tag} file`);
      return {
        id: index + 1,
        kind,
        river: text(p, 'NAZEV_TOKU'),
        study: optionalText(p, 'NAZEV_STUD'),
        declared: optionalText(p, 'STANOVENI'),
      };
    },
  },
  {
    id: 'railways',
    table: 'transport.railways',
    geometry: 'MultiLineString',
    files: [{ path: 'transport/railways.geojson', format: 'geojson', crs: 'EPSG:4326' }],
    columns: [
      { name: 'id', type: 'integer' },
      { name: 'line', type: 'text' },
    ],
    key: 'id',
    toRow: (p) => ({ id: integer(p, 'OBJECTID'), line: text(p, 'trat') }),
  },
  {
    id: 'stops',
    table: 'transport.stops',
    geometry: 'Point',
    files: [{ path: 'transport/stops.geojson', format: 'geojson', crs: 'EPSG:4326' }],
    columns: [
      { name: 'id', type: 'integer' },
      { name: 'name', type: 'text' },
      { name: 'municipality', type: 'text' },
      // 39 Polish and German cross-border stops have no JDF district.
      { name: 'okres', type: 'text', nullable: true },
    ],
    key: 'id',
    toRow: (p, { index }) => ({
      id: index,
      name: text(p, 'jdf_name'),
      municipality: text(p, 'obec'),
      okres: optionalText(p, 'okres_jdf'),
    }),
  },
  {
    id: 'fire-stations',
    table: 'emergency.fire_stations',
    geometry: 'Point',
    files: [
      {
        path: 'emergency/fire-stations-hzs.geojson',
        format: 'geojson',
        crs: 'EPSG:4326',
        tag: 'professional',
      },
      {
        path: 'emergency/fire-stations-volunteer.geojson',
        format: 'geojson',
        crs: 'EPSG:4326',
        tag: 'volunteer',
      },
    ],
    columns: [
      { name: 'id', type: 'integer' },
      { name: 'name', type: 'text' },
      { name: 'kind', type: 'text' },
      { name: 'operator', type: 'text' },
      { name: 'municipality', type: 'text' },
      { name: 'address', type: 'text' },
    ],
    key: 'id',
    identity: true,
    toRow: (p, { file, index }) => ({
      id: index + 1,
      name: text(p, 'Název'),
      kind: file.tag ?? null,
      operator: text(p, 'Provozovatel'),
      municipality: text(p, 'Název_obce'),
      address: formatCzechAddress({
        street: optionalText(p, 'Název_ulice'),
        houseNumber: optionalInteger(p, 'Číslo_popisné_nebo_evidenční_po'),
        numberType: optionalText(p, 'Typ_čísla_domovního'),
        orientation: optionalInteger(p, 'Číslo_orientační'),
        postcode: optionalText(p, 'PSČ'),
      }),
    }),
  },
  {
    id: 'hospitals',
    table: 'emergency.hospitals',
    geometry: 'Point',
    files: [{ path: 'emergency/hospitals.geojson', format: 'geojson', crs: 'EPSG:4326' }],
    columns: [
      { name: 'id', type: 'text' },
      { name: 'name', type: 'text' },
      { name: 'facility_type', type: 'text' },
      { name: 'city', type: 'text' },
      { name: 'address', type: 'text' },
      { name: 'url', type: 'text', nullable: true },
    ],
    key: 'id',
    toRow: (p) => {
      const site = optionalText(p, 'site_name');
      return {
        id: text(p, 'id'),
        name: site ? `${text(p, 'hospital_name')}, ${site}` : text(p, 'hospital_name'),
        facility_type: text(p, 'facility_type'),
        city: text(p, 'city'),
        address: formatCzechAddress({
          street: optionalText(p, 'street'),
          houseNumber: optionalText(p, 'house_number'),
          postcode: optionalText(p, 'postcode'),
        }),
        url: optionalText(p, 'url'),
      };
    },
  },
  {
    id: 'heritage-sites',
    table: 'heritage.sites',
    geometry: 'Point',
    files: [
      { path: 'heritage/castles.geojson', format: 'geojson', crs: 'EPSG:4326', tag: 'wikidata-castles' },
      {
        path: 'heritage/museums-galleries.geojson',
        format: 'geojson',
        crs: 'EPSG:4326',
        tag: 'regional-museums',
      },
    ],
    columns: [
      { name: 'id', type: 'text' },
      { name: 'name', type: 'text' },
      { name: 'kind', type: 'text' },
      { name: 'wikidata', type: 'text', nullable: true },
      { name: 'address', type: 'text', nullable: true },
      { name: 'source', type: 'text' },
      { name: 'municipality', type: 'text', nullable: true },
      { name: 'founded', type: 'integer', nullable: true },
      { name: 'manager', type: 'text', nullable: true },
      { name: 'website', type: 'text', nullable: true },
      { name: 'wikipedia', type: 'text', nullable: true },
      { name: 'visitors_2023', type: 'integer', nullable: true },
      { name: 'visitors_2024', type: 'integer', nullable: true },
      { name: 'visitors_2025', type: 'integer', nullable: true },
      { name: 'nkp', type: 'boolean' },
      { name: 'access', type: 'text', nullable: true },
    ],
    // Folded names for the diacritics-insensitive search (sql/migrations/018_heritage_search.sql).
    computed: [
      { name: 'name_fold', sql: 'heritage.fold(name)' },
      { name: 'municipality_fold', sql: 'heritage.fold(municipality)' },
    ],
    key: 'id',
    toRow: (p, { file }) => ({
      id: text(p, 'id'),
      name: text(p, 'name'),
      // The castles carry Wikidata's Czech type names; the museum list names its kinds in English.
      kind:
        file.tag === 'regional-museums' ? oneOf(p, 'kind', MUSEUM_KINDS) : oneOf(p, 'kind', HERITAGE_KINDS),
      // A castle's id is its QID; a museum has a QID only where the list gives one it is sure of.
      wikidata: file.tag === 'regional-museums' ? optionalText(p, 'wikidata') : text(p, 'id'),
      address: optionalText(p, 'address'),
      source: file.tag ?? null,
      municipality: optionalText(p, 'obec'),
      founded: optionalInteger(p, 'founded'),
      manager: optionalText(p, 'manager'),
      website: optionalText(p, 'website'),
      wikipedia: optionalText(p, 'cswiki'),
      visitors_2023: visitors(p, '2023'),
      visitors_2024: visitors(p, '2024'),
      visitors_2025: visitors(p, '2025'),
      nkp: boolean(p, 'nkp'),
      access: p.access === null || p.access === undefined ? null : oneOf(p, 'access', HERITAGE_ACCESS),
    }),
  },
];

/** The dataset with this id; throws for an unknown id (ids come from this list only). */
export function datasetById(id: string): DatasetSpec {
  const dataset = DATASETS.find((d) => d.id === id);
  if (!dataset) throw new Error(`unknown dataset ${id}`);
  return dataset;
}
