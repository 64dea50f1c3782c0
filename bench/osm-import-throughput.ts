// OSM road import throughput: our importer (read, topology split at shared nodes, write, one
// transaction) against osm2pgsql and ogr2ogr loading the same .osm.pbf into the same PostGIS.
// The baselines load each way as one linestring and build no topology: the comparison is of
// loading comparable data (issue 4), not of equal work.
import { stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Db } from '../server/db/db.ts';
import {
  gridFixture,
  requireOsmium,
  writeOsmFixture,
  type OsmFixture,
} from '../server/roads/fixtures/osm-fixture.ts';
import { importOsmRoads, type ImportPhase } from '../server/roads/import-osm-roads.ts';
import { DRIVABLE_HIGHWAYS } from '../server/roads/road-tags.ts';
import { ensureDebianPackages } from '../scripts/debian-packages.ts';
import {
  alternate,
  commandLine,
  gdalPg,
  runTool,
  type Contender,
  type ContenderResult,
  type PgTarget,
} from './import-tools.ts';
import { mulberry32 } from '../server/model/random.ts';

export interface OsmImportBench {
  /** Side of the synthetic street grid, and the seed of its node jitter. */
  grid: number;
  seed: number;
  pbfBytes: number;
  osmNodes: number;
  osmWays: number;
  rounds: number;
  contenders: ContenderResult[];
  /** Our median time over the baseline's median time, same file (lower is better). */
  timeRatios: Record<string, number>;
  /** Seconds per phase of our importer's last round. */
  ourPhases: { readWays: number; readNodesAndTopology: number; write: number };
}

const OSM2PGSQL_SCHEMA = 'bench_osm2pgsql';
export const OGR2OGR_SCHEMA = 'bench_ogr2ogr';
const highways = [...DRIVABLE_HIGHWAYS].sort();

/** The fairest osm2pgsql counterpart: a flex style writing only the drivable highway ways, in 4326. */
const flexStyle = `-- regiomap bench: drivable highway ways as linestrings (EPSG:4326), nothing else.
local roads = osm2pgsql.define_way_table('roads', {
  { column = 'highway', type = 'text' },
  { column = 'name', type = 'text' },
  { column = 'maxspeed', type = 'text' },
  { column = 'oneway', type = 'text' },
  { column = 'geom', type = 'linestring', projection = 4326, not_null = true },
}, { schema = '${OSM2PGSQL_SCHEMA}' })

local drivable = { ${highways.map((h) => `${h} = true`).join(', ')} }

function osm2pgsql.process_way(object)
  local t = object.tags
  if drivable[t.highway] then
    roads:insert({ highway = t.highway, name = t.name, maxspeed = t.maxspeed, oneway = t.oneway,
                   geom = object:as_linestring() })
  end
end
`;

/**
 * The fixture's grid with every node moved by up to ±7 m (seeded): a perfectly regular grid
 * compresses so well that GDAL's PBF reader rejects its blocks as a likely zip bomb
 * ("Excessive uncompressed vs compressed ratio"), and real streets are not regular either.
 */
export function jitteredGrid(n: number, seed: number): OsmFixture {
  const grid = gridFixture(n);
  const random = mulberry32(seed);
  return {
    ways: grid.ways,
    nodes: grid.nodes.map((node) => ({
      ...node,
      lon: node.lon + (random() - 0.5) * 0.0002,
      lat: node.lat + (random() - 0.5) * 0.000125,
    })),
  };
}

const count = async (db: Db, table: string) =>
  (await db.query<{ n: number }>(`select count(*)::int as n from ${table}`))[0]?.n ?? 0;

/**
 * Builds the jittered n × n grid (2n ways of n nodes; 2·n·(n−1) segments after splitting) as OSM XML,
 * converts it to PBF with osmium, and times the three loaders on it in alternating rounds.
 * `db` is a migrated scratch database whose road network the import replaces.
 */
export async function measureOsmImport(
  db: Db,
  target: PgTarget,
  options: { grid: number; seed: number; rounds: number; workDir: string },
): Promise<OsmImportBench> {
  requireOsmium();
  ensureDebianPackages('bench osm import', {
    '/usr/bin/osm2pgsql': 'osm2pgsql',
    '/usr/bin/ogr2ogr': 'gdal-bin',
  });
  const fixture = jitteredGrid(options.grid, options.seed);
  const { pbf } = await writeOsmFixture(path.join(options.workDir, `grid${options.grid}`), fixture);
  const style = path.join(options.workDir, 'roads.lua');
  await writeFile(style, flexStyle);
  await db.exec(
    `create schema if not exists ${OSM2PGSQL_SCHEMA}; create schema if not exists ${OGR2OGR_SCHEMA};`,
  );

  let phases = { readWays: 0, readNodesAndTopology: 0, write: 0 };
  const ours: Contender = {
    id: 'regiomap',
    label: 'Regiomap importer (split into routable segments)',
    command: `importOsmRoads(db, 'grid${options.grid}.osm.pbf', { clip: { kind: 'none' } })`,
    // Into empty tables, as the baselines (which drop and recreate theirs): otherwise each round
    // would also delete the previous round's rows and leave more dead tuples behind.
    prepare: () => db.exec('truncate transport.road_segments, transport.road_nodes'),
    run: async () => {
      const started = performance.now();
      const at = new Map<ImportPhase, number>();
      const result = await importOsmRoads(db, pbf, {
        clip: { kind: 'none' },
        onProgress: (p) => {
          if (!at.has(p.phase)) at.set(p.phase, performance.now());
        },
      });
      const ended = performance.now();
      const t = (phase: ImportPhase) => at.get(phase) ?? ended;
      phases = {
        readWays: (t('read nodes') - started) / 1000,
        readNodesAndTopology: (t('write') - t('read nodes')) / 1000,
        write: (ended - t('write')) / 1000,
      };
      return result.segments;
    },
  };

  const osm2pgsqlArgs = [
    '--create',
    '--output=flex',
    `--style=${style}`,
    `--host=${target.host}`,
    `--port=${target.port}`,
    `--username=${target.user}`,
    `--database=${target.database}`,
    '--log-level=warn',
  ];
  const osm2pgsql: Contender = {
    id: 'osm2pgsql',
    label: 'osm2pgsql (flex, highway ways as linestrings, no topology)',
    command: commandLine('osm2pgsql', [...osm2pgsqlArgs, path.basename(pbf)]).replace(style, 'roads.lua'),
    run: async () => {
      await runTool(target, 'osm2pgsql', [...osm2pgsqlArgs, pbf]);
      return count(db, `${OSM2PGSQL_SCHEMA}.roads`);
    },
  };

  const ogrArgs = (file: string) => [
    '-f',
    'PostgreSQL',
    gdalPg(target),
    file,
    'lines',
    '-nln',
    `${OGR2OGR_SCHEMA}.osm_lines`,
    '-lco',
    'GEOMETRY_NAME=geom',
    '-overwrite',
    '-gt',
    'unlimited',
    '-where',
    `highway IN (${highways.map((h) => `'${h}'`).join(',')})`,
  ];
  const ogr2ogr: Contender = {
    id: 'ogr2ogr',
    label: 'ogr2ogr (GDAL OSM driver, `lines` layer, no topology)',
    command: commandLine('ogr2ogr', ogrArgs(path.basename(pbf))).replace(
      /highway IN \([^)]*\)/,
      `highway IN (…the ${highways.length} drivable values of server/roads/road-tags.ts…)`,
    ),
    run: async () => {
      await runTool(target, 'ogr2ogr', ogrArgs(pbf));
      return count(db, `${OGR2OGR_SCHEMA}.osm_lines`);
    },
  };

  const contenders = await alternate([ours, osm2pgsql, ogr2ogr], options.rounds);
  const mine = contenders[0] as ContenderResult;
  return {
    grid: options.grid,
    seed: options.seed,
    pbfBytes: (await stat(pbf)).size,
    osmNodes: fixture.nodes.length,
    osmWays: fixture.ways.length,
    rounds: options.rounds,
    contenders,
    timeRatios: Object.fromEntries(
      contenders.slice(1).map((c) => [c.id, mine.medianSeconds / c.medianSeconds]),
    ),
    ourPhases: phases,
  };
}
