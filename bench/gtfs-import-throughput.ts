// GTFS import throughput: our importer on the bundled DPMLJ feed (read the zip, validate every file,
// derive trip times and route lines, load all tables in one transaction) against loading only its
// stop_times.txt into the same PostGIS with ogr2ogr (GDAL CSV driver) and with psql's \copy.
import { readFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import type { Db } from '../server/db/db.ts';
import { BUNDLED_GTFS, importGtfs } from '../server/gtfs/import-gtfs.ts';
import { ensureDebianPackages } from '../scripts/debian-packages.ts';
import {
  alternate,
  commandLine,
  gdalPg,
  median,
  runTool,
  type Contender,
  type ContenderResult,
  type PgTarget,
} from './import-tools.ts';
import { OGR2OGR_SCHEMA } from './osm-import-throughput.ts';

export interface GtfsImportBench {
  feed: string;
  rounds: number;
  contenders: ContenderResult[];
  /** Medians of our import's parts: read + validate the zip, the transaction, and its stop_times INSERTs alone. */
  ourPhases: { readSeconds: number; transactionSeconds: number; stopTimesInsertSeconds: number };
  /** Our whole import's median time over the baseline's median time (lower is better). */
  timeRatios: Record<string, number>;
  /** Our stop_times INSERTs alone (median) over the baseline's median time. */
  insertRatios: Record<string, number>;
}

const COPY_SCHEMA = 'bench_copy';

/** Column types for the \copy table: typed like ours where the GTFS value allows, times stay text (> 24:00). */
const COPY_TYPES: Record<string, string> = {
  stop_sequence: 'integer',
  pickup_type: 'smallint',
  drop_off_type: 'smallint',
  continuous_pickup: 'smallint',
  continuous_drop_off: 'smallint',
  shape_dist_traveled: 'double precision',
  timepoint: 'smallint',
};

async function stopTimesHeader(zip: string): Promise<string[]> {
  const files = unzipSync(await readFile(zip), { filter: (f) => f.name.endsWith('stop_times.txt') });
  const bytes = Object.values(files)[0];
  if (!bytes) throw new Error(`${zip}: no stop_times.txt`);
  const text = new TextDecoder().decode(bytes.subarray(0, 4096));
  return (text.split(/\r?\n/)[0] ?? '').split(',').map((c) => c.trim());
}

/** The \copy target, with the same primary key and stop index as transport.gtfs_stop_times. */
function copyTableSql(columns: string[]): string {
  const cols = columns.map((c) => `"${c}" ${COPY_TYPES[c] ?? 'text'}`).join(', ');
  return (
    `drop table if exists ${COPY_SCHEMA}.stop_times; ` +
    `create table ${COPY_SCHEMA}.stop_times (${cols}, primary key (trip_id, stop_sequence)); ` +
    `create index on ${COPY_SCHEMA}.stop_times (stop_id, departure_time)`
  );
}

const count = async (db: Db, table: string) =>
  (await db.query<{ n: number }>(`select count(*)::int as n from ${table}`))[0]?.n ?? 0;

/** Times the three loaders on the bundled feed in alternating rounds; `db` is a migrated scratch database. */
export async function measureGtfsImport(
  db: Db,
  target: PgTarget,
  options: { rounds: number },
): Promise<GtfsImportBench> {
  ensureDebianPackages('bench gtfs import', {
    '/usr/bin/ogr2ogr': 'gdal-bin',
    '/usr/bin/psql': 'postgresql-client',
    '/usr/bin/unzip': 'unzip',
  });
  const zip = BUNDLED_GTFS;
  await db.exec(`create schema if not exists ${OGR2OGR_SCHEMA}; create schema if not exists ${COPY_SCHEMA};`);

  const phases: { read: number; load: number; stopTimes: number }[] = [];
  const ours: Contender = {
    id: 'regiomap',
    label: 'Regiomap importer (whole feed: validate, all tables, one transaction)',
    command: `importGtfs(db, 'data/transit/dpmlj_gtfs_20260126_noshapes.zip')`,
    // Into empty tables (the first import), as the baselines which drop and recreate theirs.
    prepare: async () => {
      const tables = await db.query<{ name: string }>(
        `select format('%I.%I', schemaname, tablename) as name from pg_tables
         where schemaname = 'transport' and (tablename like 'gtfs\\_%' or tablename = 'transit_route_geoms')`,
      );
      await db.exec(`truncate ${tables.map((t) => t.name).join(', ')} cascade`);
    },
    run: async () => {
      const result = await importGtfs(db, zip);
      phases.push(result.ms);
      return result.counts.stop_times;
    },
  };

  const ogrArgs = (file: string) => [
    '-f',
    'PostgreSQL',
    gdalPg(target),
    `CSV:/vsizip/${file}/stop_times.txt`,
    '-nln',
    `${OGR2OGR_SCHEMA}.gtfs_stop_times`,
    '-lco',
    'PRECISION=NO',
    '-overwrite',
    '-gt',
    'unlimited',
  ];
  const ogr2ogr: Contender = {
    id: 'ogr2ogr',
    label: 'ogr2ogr (GDAL CSV driver, stop_times.txt only, all columns text)',
    command: commandLine('ogr2ogr', ogrArgs('dpmlj_gtfs_20260126_noshapes.zip')),
    run: async () => {
      await runTool(target, 'ogr2ogr', ogrArgs(zip));
      return count(db, `${OGR2OGR_SCHEMA}.gtfs_stop_times`);
    },
  };

  const create = copyTableSql(await stopTimesHeader(zip));
  const copyArgs = (file: string) => [
    target.url,
    '-X',
    '-q',
    '-v',
    'ON_ERROR_STOP=1',
    '--single-transaction',
    '-c',
    create,
    '-c',
    `\\copy ${COPY_SCHEMA}.stop_times from program 'unzip -p ${file} stop_times.txt' with (format csv, header true)`,
  ];
  const copy: Contender = {
    id: 'psql-copy',
    label: 'psql \\copy (stop_times.txt only, typed table with the same primary key and index)',
    command: commandLine('psql', copyArgs('dpmlj_gtfs_20260126_noshapes.zip')).replace(target.url, '$URL'),
    run: async () => {
      await runTool(target, 'psql', copyArgs(zip));
      return count(db, `${COPY_SCHEMA}.stop_times`);
    },
  };

  const contenders = await alternate([ours, ogr2ogr, copy], options.rounds);
  const mine = contenders[0] as ContenderResult;
  // The first run is the warm-up.
  const phase = (key: 'read' | 'load' | 'stopTimes') => median(phases.slice(1).map((p) => p[key] / 1000));
  const ratios = (ours: number) =>
    Object.fromEntries(contenders.slice(1).map((c) => [c.id, ours / c.medianSeconds]));
  return {
    feed: 'data/transit/dpmlj_gtfs_20260126_noshapes.zip',
    rounds: options.rounds,
    contenders,
    ourPhases: {
      readSeconds: phase('read'),
      transactionSeconds: phase('load'),
      stopTimesInsertSeconds: phase('stopTimes'),
    },
    timeRatios: ratios(mine.medianSeconds),
    insertRatios: ratios(phase('stopTimes')),
  };
}
