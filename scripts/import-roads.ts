// Replaces the road network (the model, or an earlier import) with real roads:
//   npx tsx scripts/import-roads.ts <file> [--format pbf|osm|geojson|shp] [--clip polygon.geojson|none]
//     OSM (.osm.pbf, .osm):  highway tags → class, speed, oneway
//     GeoJSON / shapefile:   --class-field F [--class-map V=CLASS,…] [--speed-field F] [--name-field F]
//                            [--snap METRES] [--crs auto|wgs84|sjtsk] [--encoding windows-1250]
// Clips to admin.region unless --clip says otherwise. Database: DATABASE_URL (PostGIS) or the embedded
// PGlite in REGIOMAP_DATA_DIR; migrated first. Exit 0 with a summary; on failure ONE line, exit 1.
import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { loadConfig } from '../server/config.ts';
import type { Db } from '../server/db/db.ts';
import { readClipPolygon, type ClipSpec } from '../server/roads/clip-polygon.ts';
import { featureFormatOf, importRoadFeatures } from '../server/roads/import-road-features.ts';
import { importOsmRoads, osmFormatOf, type ImportProgress } from '../server/roads/import-osm-roads.ts';
import { parseClassMap } from '../server/roads/road-features.ts';
import type { WriteResult } from '../server/roads/write-road-network.ts';
import { openConfiguredDb } from './open-configured-db.ts';

const FORMATS = ['pbf', 'osm', 'geojson', 'shp'] as const;
type Format = (typeof FORMATS)[number];

function parseCli() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      clip: { type: 'string' },
      'class-field': { type: 'string' },
      'class-map': { type: 'string' },
      'speed-field': { type: 'string' },
      'name-field': { type: 'string' },
      snap: { type: 'string' },
      crs: { type: 'string' },
      encoding: { type: 'string' },
    },
  });
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0)
    throw new Error('usage: import-roads <file> [--format pbf|osm|geojson|shp] …');
  const format = values.format ?? osmFormatOf(file) ?? featureFormatOf(file);
  if (!format || !(FORMATS as readonly string[]).includes(format))
    throw new Error(
      `${file}: format ${format ?? '(unknown from the name)'}; give --format ${FORMATS.join('|')}`,
    );
  const crs = values.crs ?? 'auto';
  if (crs !== 'auto' && crs !== 'wgs84' && crs !== 'sjtsk')
    throw new Error(`--crs ${crs}: auto, wgs84 or sjtsk`);
  const snapM = values.snap === undefined ? undefined : Number(values.snap);
  if (snapM !== undefined && !(snapM > 0))
    throw new Error(`--snap ${values.snap}: a positive number of metres`);
  const classField = values['class-field'];
  if ((format === 'geojson' || format === 'shp') && !classField)
    throw new Error(`--class-field is required for ${format} files`);
  const classMap = values['class-map'] ? parseClassMap(values['class-map']) : undefined;
  return {
    file,
    format: format as Format,
    values,
    crs,
    snapM,
    classField: classField ?? '',
    classMap,
  } as const;
}

async function clipOf(option: string | undefined): Promise<ClipSpec> {
  if (option === undefined) return { kind: 'region' };
  if (option === 'none') return { kind: 'none' };
  return { kind: 'polygon', geometry: await readClipPolygon(option) };
}

function progressBar() {
  const bar = new cliProgress.SingleBar(
    { format: '{phase} [{bar}] {percentage}% | {value}/{total}', hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let phase: string | undefined;
  return {
    update(p: ImportProgress) {
      if (p.phase !== phase) {
        if (phase) bar.stop();
        phase = p.phase;
        bar.start(p.total, p.done, { phase: p.phase.padEnd(10) });
      } else bar.update(p.done);
    },
    stop() {
      if (phase) bar.stop();
      phase = undefined;
    },
  };
}

async function main(): Promise<void> {
  const cli = parseCli();
  // Bad input fails before the (slow to open) database is touched.
  await stat(cli.file).catch(() => {
    throw new Error(`${cli.file}: no such file`);
  });
  const clip = await clipOf(cli.values.clip);
  const config = loadConfig();
  const bar = progressBar();
  let db: Db | undefined;
  try {
    db = await openConfiguredDb(config);
    const started = performance.now();
    let result: WriteResult & { pieces: number };
    if (cli.format === 'pbf' || cli.format === 'osm') {
      result = await importOsmRoads(db, cli.file, { format: cli.format, clip, onProgress: bar.update });
    } else {
      result = await importRoadFeatures(db, cli.file, {
        format: cli.format,
        clip,
        classField: cli.classField,
        ...(cli.classMap ? { classMap: cli.classMap } : {}),
        ...(cli.values['speed-field'] ? { speedField: cli.values['speed-field'] } : {}),
        ...(cli.values['name-field'] ? { nameField: cli.values['name-field'] } : {}),
        ...(cli.snapM !== undefined ? { snapM: cli.snapM } : {}),
        ...(cli.values.encoding ? { encoding: cli.values.encoding } : {}),
        crs: cli.crs,
        onProgress: bar.update,
      });
    }
    bar.stop();
    const s = (performance.now() - started) / 1000;
    console.log(
      `import-roads: ${result.segments} segments, ${result.nodes} nodes (${result.pieces} pieces before clipping), ` +
        `${result.components} components, the largest holds ${(result.largestComponentShare * 100).toFixed(1)} % ` +
        `of nodes; road-network v${result.version}; ${s.toFixed(1)} s`,
    );
  } finally {
    bar.stop();
    await db?.close();
  }
}

main().catch((err: unknown) => {
  console.error(`import-roads: ${(err as Error)?.message?.split('\n')[0] ?? String(err)}`);
  process.exit(1);
});
