import path from 'node:path';
import { ACCEPTED_GEOMETRIES, type Column, type DatasetSpec, type Row } from './dataset-spec.ts';
import { DatasetError } from './dataset-error.ts';
import { readGeoJsonFile, type SourceFeature } from './geojson-reader.ts';
import {
  REGION_BOUNDS,
  boundsIntersect,
  boundsOf,
  formatBounds,
  structureProblem,
} from './geometry-positions.ts';
import { readShapefile } from './shapefile-reader.ts';
import { sjtskGeometryToWgs84 } from './sjtsk.ts';

/** The bundled data shipped with the repository (data/README.md). */
export const BUNDLED_DATA_DIR = path.resolve(import.meta.dirname, '../../data');

/**
 * How far (degrees) outside the region a feature may reach and still count as regional: gauges and
 * cross-border stops lie up to ~15 km out; swapped lat/lon or unprojected metres land far beyond.
 */
export const REGION_MARGIN_DEG = 0.2;

/** A feature ready to insert: its row and its WGS 84 geometry as GeoJSON text. */
export interface PreparedFeature {
  readonly row: Row;
  readonly geojson: string;
  /** Where it came from, for error messages: "admin/orp.geojson feature 3 (code 779)". */
  readonly label: string;
}

function checkValue(column: Column, value: unknown): string | undefined {
  if (value === null || value === undefined) return column.nullable ? undefined : 'is null';
  const ok =
    column.type === 'text'
      ? typeof value === 'string'
      : column.type === 'boolean'
        ? typeof value === 'boolean'
        : column.type === 'integer'
          ? Number.isSafeInteger(value)
          : typeof value === 'number' && Number.isFinite(value);
  return ok ? undefined : `is ${JSON.stringify(value)}, not ${column.type}`;
}

const readSource = (dataDir: string, file: DatasetSpec['files'][number]): Promise<SourceFeature[]> =>
  file.format === 'shapefile'
    ? readShapefile(path.join(dataDir, file.path))
    : readGeoJsonFile(path.join(dataDir, file.path));

/**
 * Reads every file of a dataset, maps features to rows and checks them (column types, geometry
 * type and structure, position inside the region) before anything touches the database.
 * Geometric validity (self-intersections …) is left to PostGIS, which repairs it.
 * Throws a DatasetError naming the file and feature at the first problem.
 */
export async function readDataset(
  dataset: DatasetSpec,
  dataDir = BUNDLED_DATA_DIR,
): Promise<PreparedFeature[]> {
  const prepared: PreparedFeature[] = [];
  for (const file of dataset.files) {
    let features: SourceFeature[];
    try {
      features = await readSource(dataDir, file);
    } catch (err) {
      throw new DatasetError(dataset.id, (err as Error).message, { cause: err });
    }
    features.forEach((feature, i) => {
      let where = `${file.path} feature ${i}`;
      const fail = (problem: string): never => {
        throw new DatasetError(dataset.id, `${where}: ${problem}`);
      };
      let row: Row;
      try {
        row = dataset.toRow(feature.properties, { file, index: prepared.length });
      } catch (err) {
        return fail((err as Error).message);
      }
      where += ` (${dataset.key} ${String(row[dataset.key])})`;
      const extra = Object.keys(row).filter((k) => !dataset.columns.some((c) => c.name === k));
      if (extra.length > 0) fail(`mapping gives unknown column(s) ${extra.join(', ')}`);
      for (const column of dataset.columns) {
        const problem = checkValue(column, row[column.name]);
        if (problem) fail(`column ${column.name} ${problem}`);
      }
      if (!ACCEPTED_GEOMETRIES[dataset.geometry].includes(feature.geometry.type)) {
        fail(`geometry ${feature.geometry.type} cannot be loaded into a ${dataset.geometry} column`);
      }
      let geometry = feature.geometry;
      if (file.crs === 'EPSG:5514') {
        try {
          geometry = sjtskGeometryToWgs84(geometry);
        } catch (err) {
          fail((err as Error).message);
        }
      }
      const bounds = boundsOf(geometry);
      if (typeof bounds === 'string') return fail(bounds);
      const broken = structureProblem(geometry);
      if (broken) fail(broken);
      if (!boundsIntersect(bounds, REGION_BOUNDS, REGION_MARGIN_DEG)) {
        fail(
          `lies outside the Liberec Region: bounds ${formatBounds(bounds)}, region ${formatBounds(REGION_BOUNDS)}` +
            ` ± ${REGION_MARGIN_DEG}° (swapped lat/lon or wrong CRS?)`,
        );
      }
      prepared.push({ row, geojson: JSON.stringify(geometry), label: where });
    });
  }
  if (prepared.length === 0) throw new DatasetError(dataset.id, 'no features in the source files');
  return prepared;
}
