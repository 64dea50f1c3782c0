import type { CellValue, DatasetSpec } from './dataset-spec.ts';
import type { PreparedFeature } from './read-dataset.ts';

// Statements generated from a dataset's declaration. Identifiers come from DATASETS only and are
// checked to be plain lower-case names anyway; every value is a bound parameter.

const IDENT = /^[a-z_][a-z0-9_]*$/;

function ident(name: string): string {
  if (!IDENT.test(name)) throw new Error(`not a plain SQL identifier: ${JSON.stringify(name)}`);
  return name;
}

export function tableName(dataset: DatasetSpec): string {
  const parts = dataset.table.split('.');
  if (parts.length !== 2) throw new Error(`table ${dataset.table} is not schema.table`);
  return parts.map(ident).join('.');
}

/** ST_MakeValid may return a collection; keep the parts of the column's dimension (2 lines, 3 polygons). */
const EXTRACT_TYPE = { MultiLineString: 2, MultiPolygon: 3 } as const;

// Names the insert statement gives its own intermediate columns.
const INTERNAL_NAMES = new Set(['geojson', 'raw', 'valid', 'geom']);

export const deleteSql = (dataset: DatasetSpec): string => `delete from ${tableName(dataset)}`;

/**
 * One multi-row insert of `rowCount` features. Each row binds its columns then its GeoJSON geometry;
 * invalid geometries are repaired with ST_MakeValid, single parts promoted with ST_Multi, and computed
 * columns evaluated on the final geometry. Returns one row: { inserted, repaired }.
 */
export function insertSql(dataset: DatasetSpec, rowCount: number): string {
  const columns = dataset.columns.map((c) => ident(c.name));
  const clash = columns.find((c) => INTERNAL_NAMES.has(c));
  if (clash) throw new Error(`column name ${clash} is used by the insert statement itself`);
  const computed = (dataset.computed ?? []).map((c) => ({ name: ident(c.name), sql: c.sql }));
  const width = columns.length + 1;
  const values = Array.from({ length: rowCount }, (_, r) => {
    const cells = dataset.columns.map((c, i) => `$${r * width + i + 1}::${c.type}`);
    return `(${[...cells, `$${r * width + width}::text`].join(', ')})`;
  });
  const geom =
    dataset.geometry === 'Point'
      ? 'raw'
      : `ST_Multi(case when valid then raw else ST_CollectionExtract(ST_MakeValid(raw), ${EXTRACT_TYPE[dataset.geometry]}) end)`;
  const targets = [...columns, ...computed.map((c) => c.name), 'geom'].join(', ');
  const selected = [...columns, ...computed.map((c) => c.sql), 'geom'].join(', ');
  return `with src as (
  select v.*, ST_SetSRID(ST_GeomFromGeoJSON(v.geojson), 4326) as raw
  from (values
    ${values.join(',\n    ')}
  ) as v(${[...columns, 'geojson'].join(', ')})
), checked as (
  select src.*, ST_IsValid(raw) as valid from src
), fixed as (
  select checked.*, ${geom} as geom from checked
), ins as (
  insert into ${tableName(dataset)} (${targets})${dataset.identity ? ' overriding system value' : ''}
  select ${selected} from fixed
  returning 1
)
select (select count(*) from ins)::int as inserted, (select count(*) from checked where not valid)::int as repaired`;
}

/** The bound parameters of insertSql for these features, row by row. */
export function insertParams(dataset: DatasetSpec, features: readonly PreparedFeature[]): CellValue[] {
  return features.flatMap((f) => [...dataset.columns.map((c) => f.row[c.name] ?? null), f.geojson]);
}

/**
 * After the inserts: row count, rows whose geometry is still invalid or empty, and the first such key.
 * Returns one row: { rows, bad, first_bad }.
 */
export const validateSql = (dataset: DatasetSpec): string => {
  const bad = 'ST_IsEmpty(geom) or not ST_IsValid(geom)';
  return `select count(*)::int as rows, count(*) filter (where ${bad})::int as bad,
  min(${ident(dataset.key)}::text) filter (where ${bad}) as first_bad
from ${tableName(dataset)}`;
};

/**
 * For tables whose key is an identity column loaded with explicit ids: moves the identity past the
 * largest id, so that a later insert without an id cannot collide with a loaded row.
 */
export const syncIdentitySql = (dataset: DatasetSpec): string => {
  const key = ident(dataset.key);
  const table = tableName(dataset);
  return `select setval(pg_get_serial_sequence('${table}', '${key}'), coalesce(max(${key}), 0) + 1, false) from ${table}`;
};
