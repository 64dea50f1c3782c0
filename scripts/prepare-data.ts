// Makes the trimmed copies in data/ from the raw regional data (npm run data:prepare).
// Deterministic and re-runnable: it rewrites the folders it owns and never touches data/README.md.
// Raw data: REGIOMAP_RAW_DIR, default ../shared/data/raw next to the repository.
import { chmod, copyFile, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Feature, Geometry } from 'geojson';
import { mapPositions, positionsOf } from '../server/ingest/geometry-positions.ts';
import { readShapefile } from '../server/ingest/shapefile-reader.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const RAW = path.resolve(ROOT, process.env.REGIOMAP_RAW_DIR ?? '../shared/data/raw');
const OUT = path.join(ROOT, 'data');
/** Folders of data/ this script owns (deleted and rewritten on every run). */
const OWNED = ['admin', 'flood', 'transport', 'transit', 'emergency', 'heritage', 'basemap'];
/** Files written by hand inside those folders (no raw source exists for them): kept across runs. */
const HAND_WRITTEN = ['heritage/museums-galleries.geojson'];
/** 6 decimals of a degree ≈ 0.1 m: below the accuracy of every source here. */
const DECIMALS = 6;
const SJTSK_FIXTURE = path.join(ROOT, 'server/ingest/fixtures/sjtsk-gdal-sample.csv');
/** Every n-th vertex pair goes into the committed S-JTSK check fixture. */
const FIXTURE_STEP = 50;

interface Trim {
  src: string;
  out: string;
  /** Properties the loaders read, in this order; all others are dropped. */
  keep: readonly string[];
  count: number;
}

const FIRE = [
  'Název',
  'Provozovatel',
  'Název_obce',
  'Název_ulice',
  'Číslo_popisné_nebo_evidenční_po',
  'Typ_čísla_domovního',
  'Číslo_orientační',
  'PSČ',
];
const SPA = ['DRYH', 'SPA1H', 'SPA2H', 'SPA3H', 'SPA4H', 'DRYQ', 'SPA1Q', 'SPA2Q', 'SPA3Q', 'SPA4Q'];

const TRIMS: readonly Trim[] = [
  {
    src: 'datagov_cz_ruian_simple/liberec_subset/kraj_liberecky.geojson',
    out: 'admin/region.geojson',
    keep: ['KOD', 'NAZEV', 'NUTS3_KOD'],
    count: 1,
  },
  {
    src: 'datagov_cz_ruian_simple/liberec_subset/okresy_liberecky_kraj.geojson',
    out: 'admin/okresy.geojson',
    keep: ['KOD', 'NAZEV', 'LAU1_KOD'],
    count: 4,
  },
  {
    src: 'datagov_cz_ruian_simple/liberec_subset/orp_liberecky_kraj.geojson',
    out: 'admin/orp.geojson',
    keep: ['KOD', 'NAZEV'],
    count: 10,
  },
  {
    src: 'datarozhlas_obce/obce_liberecky_kraj.geojson',
    out: 'admin/municipalities.geojson',
    keep: ['kod', 'ob', 'ok', 'obv'],
    count: 215,
  },
  {
    src: 'chmi_hydro_stations/chmi_hydro_stations_liberecky_kraj.geojson',
    out: 'flood/gauges.geojson',
    keep: ['objID', 'DBC', 'STATION_NAME', 'STREAM_NAME', 'SPA_TYP', ...SPA, 'PLO_STA'],
    count: 51,
  },
  {
    src: 'osm_railways/railways_lk_bbox.geojson',
    out: 'transport/railways.geojson',
    keep: ['OBJECTID', 'trat'],
    count: 22,
  },
  {
    src: 'jrunify_ext_geodata_stops/zastavky_libereckeho_kraje.geojson',
    out: 'transport/stops.geojson',
    keep: ['jdf_name', 'obec', 'okres_jdf'],
    count: 2202,
  },
  {
    src: 'osm_motorway_d10/d10_motorway_lk_bbox.geojson',
    out: 'transport/d10-motorway.geojson',
    keep: ['osm_id', 'ref', 'oneway', 'maxspeed'],
    count: 70,
  },
  {
    // `pricina` (cause) is left out to keep the copy under 3 MB; `period` and `hour` repeat `datetime`.
    src: 'police_accidents_night/accidents_night_liberecky_kraj_2020_2025.geojson',
    out: 'transport/accidents-night.geojson',
    keep: ['druh', 'datetime', 'usmrceno', 'tezce_zraneno', 'lehce_zraneno'],
    count: 10679,
  },
  {
    src: 'liberecky_kraj_opendata/hzs_pozarni_stanice/pozarni_stanice_libereckeho_kraje.geojson',
    out: 'emergency/fire-stations-hzs.geojson',
    keep: FIRE,
    count: 10,
  },
  {
    src: 'liberecky_kraj_opendata/hasicske_zbrojnice/hasicske_zbrojnice_libereckeho_kraje.geojson',
    out: 'emergency/fire-stations-volunteer.geojson',
    keep: FIRE,
    count: 13,
  },
  {
    src: 'eurostat_gisco_healthcare/healthcare_liberecky_kraj.geojson',
    out: 'emergency/hospitals.geojson',
    keep: [
      'id',
      'hospital_name',
      'site_name',
      'facility_type',
      'street',
      'house_number',
      'postcode',
      'city',
      'url',
    ],
    count: 12,
  },
  {
    src: 'wikidata_castles/castles_chateaux_liberecky_kraj.geojson',
    out: 'heritage/castles.geojson',
    keep: [
      'id',
      'name',
      'kind',
      'obec',
      'founded',
      'manager',
      'website',
      'cswiki',
      'visitors',
      'nkp',
      'access',
    ],
    count: 111,
  },
];

const FLOOD_DIR = 'liberecky_kraj_opendata/zaplavova_uzemi_povodi_ohre';
const FLOOD_KINDS = ['Q5', 'Q20', 'Q100', 'AZ'] as const;

const TRANSIT_COPIES = [
  ['dpmlj_gtfs/dpmlj_gtfs_20260126_noshapes.zip', 'transit/dpmlj_gtfs_20260126_noshapes.zip'],
  ['liberecke_linky_tram_shapes/tram_lines_dpmlj.geojson', 'transit/tram_lines_dpmlj.geojson'],
] as const;

const round = (v: number) => Math.round(v * 10 ** DECIMALS) / 10 ** DECIMALS;

/** One feature per line, so that a re-run after an upstream change gives a readable diff. */
function featureCollectionText(features: readonly Feature[]): string {
  return `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}

async function trim(t: Trim): Promise<number> {
  const fc = JSON.parse(await readFile(path.join(RAW, t.src), 'utf8')) as { features: Feature[] };
  if (fc.features.length !== t.count)
    throw new Error(`${t.src}: ${fc.features.length} features, expected ${t.count}`);
  const features = fc.features.map((f, i): Feature => {
    if (!f.geometry) throw new Error(`${t.src}: feature ${i} has no geometry`);
    const properties = Object.fromEntries(
      t.keep.map((k) => {
        if (!f.properties || !(k in f.properties))
          throw new Error(`${t.src}: feature ${i} lacks property ${k}`);
        return [k, f.properties[k]];
      }),
    );
    const geometry = mapPositions(f.geometry, (p) => p.map(round));
    return { type: 'Feature', properties, geometry };
  });
  await writeOut(t.out, featureCollectionText(features));
  return features.length;
}

async function writeOut(rel: string, content: string): Promise<void> {
  await mkdir(path.dirname(path.join(OUT, rel)), { recursive: true });
  await writeFile(path.join(OUT, rel), content);
}

/** Copies a file byte for byte; the raw tree is read-only, the copy should not be. */
async function copyUnchanged(from: string, to: string): Promise<void> {
  await mkdir(path.dirname(to), { recursive: true });
  await copyFile(from, to);
  await chmod(to, 0o644);
}

async function copyTree(fromRel: string, toRel: string): Promise<number> {
  let files = 0;
  for (const entry of await readdir(path.join(RAW, fromRel), { withFileTypes: true })) {
    const from = path.join(fromRel, entry.name);
    const to = path.join(toRel, entry.name);
    if (entry.isDirectory()) files += await copyTree(from, to);
    else {
      await copyUnchanged(path.join(RAW, from), path.join(OUT, to));
      files++;
    }
  }
  return files;
}

/**
 * Samples vertex pairs (GDAL's WGS 84 copy, vertex index in the shapefile) for sjtsk.test.ts, after
 * checking that the shapefile reader and GDAL list the same vertices in the same order.
 */
async function sjtskFixture(): Promise<number> {
  const lines = ['file,vertex,lon,lat'];
  for (const kind of FLOOD_KINDS) {
    const name = `PovodiOhre_${kind}`;
    const shp = await readShapefile(path.join(RAW, FLOOD_DIR, `${name}.shp`));
    const gdal = JSON.parse(await readFile(path.join(RAW, FLOOD_DIR, `${name}_wgs84.geojson`), 'utf8')) as {
      features: { geometry: Geometry }[];
    };
    if (gdal.features.length !== shp.length)
      throw new Error(`${name}: record counts differ from the GDAL copy`);
    const gdalPositions = gdal.features.flatMap((f, i) => {
      const own = [...positionsOf(shp[i]!.geometry)].length;
      const theirs = [...positionsOf(f.geometry)];
      if (own !== theirs.length)
        throw new Error(`${name} record ${i}: ${own} vertices, GDAL copy ${theirs.length}`);
      return theirs;
    });
    gdalPositions.forEach((p, i) => {
      if (i % FIXTURE_STEP === 0) lines.push(`${name},${i},${p[0]},${p[1]}`);
    });
  }
  await mkdir(path.dirname(SJTSK_FIXTURE), { recursive: true });
  await writeFile(SJTSK_FIXTURE, `${lines.join('\n')}\n`);
  return lines.length - 1;
}

async function sizeOf(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return total;
}

async function main(): Promise<void> {
  await stat(RAW).catch(() => {
    throw new Error(`raw data not found at ${RAW} (set REGIOMAP_RAW_DIR)`);
  });
  const kept = await Promise.all(HAND_WRITTEN.map((file) => readFile(path.join(OUT, file))));
  for (const dir of OWNED) await rm(path.join(OUT, dir), { recursive: true, force: true });
  for (const [i, file] of HAND_WRITTEN.entries()) {
    await mkdir(path.dirname(path.join(OUT, file)), { recursive: true });
    await writeFile(path.join(OUT, file), kept[i] ?? '');
    console.log(`${file}: kept (written by hand, see data/README.md)`);
  }
  for (const t of TRIMS) console.log(`${t.out}: ${await trim(t)} features`);
  for (const kind of FLOOD_KINDS) {
    for (const ext of ['shp', 'shx', 'dbf']) {
      const file = `PovodiOhre_${kind}.${ext}`;
      await copyUnchanged(path.join(RAW, FLOOD_DIR, file), path.join(OUT, 'flood/zones', file));
    }
    console.log(`flood/zones/PovodiOhre_${kind}.{shp,shx,dbf}: copied unchanged`);
  }
  // The GTFS importer (server/gtfs/) reads the zip and the tram line shapes as published.
  for (const [from, to] of TRANSIT_COPIES) {
    await copyUnchanged(path.join(RAW, from), path.join(OUT, to));
    console.log(`${to}: copied unchanged`);
  }
  console.log(`basemap/fonts: ${await copyTree('basemap_assets/fonts', 'basemap/fonts')} files copied`);
  console.log(`basemap/sprites: ${await copyTree('basemap_assets/sprites', 'basemap/sprites')} files copied`);
  console.log(`${path.relative(ROOT, SJTSK_FIXTURE)}: ${await sjtskFixture()} vertex pairs`);
  console.log(`data/ total: ${((await sizeOf(OUT)) / 1e6).toFixed(2)} MB`);
}

main().catch((err: Error) => {
  console.error(`data:prepare: ${err.message}`);
  process.exit(1);
});
