import type { GeoJsonProperties } from 'geojson';

/** PostgreSQL types a loader binds; each parameter is cast to its column's type. */
export type ColumnType = 'text' | 'integer' | 'double precision' | 'boolean';
export type CellValue = string | number | boolean | null;
export type Row = Readonly<Record<string, CellValue>>;
export type Properties = NonNullable<GeoJsonProperties>;

export interface Column {
  readonly name: string;
  readonly type: ColumnType;
  /** Whether null is a legitimate value (the source publishes nothing there). */
  readonly nullable?: boolean;
}

/** A column the database computes from the bound columns and the loaded `geom`. Trusted SQL from the list. */
export interface ComputedColumn {
  readonly name: string;
  readonly sql: string;
}

export interface SourceFile {
  /** Relative to the bundled data directory. */
  readonly path: string;
  readonly format: 'geojson' | 'shapefile';
  /** EPSG:5514 sources are reprojected with sjtsk.ts before loading. */
  readonly crs: 'EPSG:4326' | 'EPSG:5514';
  /** Per-file constant a mapping may use (e.g. which kind of fire station a file holds). */
  readonly tag?: string;
}

/** Column type of the target table's `geom`; sources may hold the single-part type. */
export type TargetGeometry = 'Point' | 'MultiLineString' | 'MultiPolygon';

export interface RowContext {
  readonly file: SourceFile;
  /** 0-based position of the feature over all files of the dataset, in list order. */
  readonly index: number;
}

/**
 * One bundled dataset and how it becomes rows of one table.
 * Table and column names are identifiers written here, never taken from input.
 */
export interface DatasetSpec {
  /** Key in ops.data_versions; equal to the tile source id that serves the table. */
  readonly id: string;
  /** schema.table */
  readonly table: string;
  readonly geometry: TargetGeometry;
  readonly files: readonly SourceFile[];
  readonly columns: readonly Column[];
  /** Column that names a row in error messages (the primary key). */
  readonly key: string;
  readonly computed?: readonly ComputedColumn[];
  /** The key is a generated identity column: ids are given explicitly (1…n in file order) so reloads keep them. */
  readonly identity?: boolean;
  readonly toRow: (properties: Properties, context: RowContext) => Row;
}

/** Single-part types each target geometry accepts (they are promoted with ST_Multi). */
export const ACCEPTED_GEOMETRIES: Record<TargetGeometry, readonly string[]> = {
  Point: ['Point'],
  MultiLineString: ['LineString', 'MultiLineString'],
  MultiPolygon: ['Polygon', 'MultiPolygon'],
};
