import type { Queryable } from '../db/db.ts';
import type { FieldType, TableSourceDef } from './catalog.ts';
import { tileSql } from './sql-template.ts';

/** What the database says about a source's table, once checked against the catalog. */
export interface TableShape {
  /** SRID of the geometry column (bound into the tile queries). */
  srid: number;
  /** The id column is int2/int4/int8, so it also becomes the MVT feature id. */
  integerId: boolean;
  /**
   * Properties stored as float4 (real): ST_AsMVT writes them as 32-bit floats, the JS path reads their
   * text as a double, so 12.3 would decode as 12.300000190734863 on one path only. Both select them as float8.
   */
  float4Columns: ReadonlySet<string>;
}

/** The catalog and the database disagree; the message says which source and what to fix. */
export class SourceConfigError extends Error {}

// Column types a tile property can carry, by the field type the catalog declares. Others (numeric,
// dates, arrays …) would reach the two encoders differently, so the catalog must not list them.
const COMPATIBLE: Record<FieldType, ReadonlySet<string>> = {
  string: new Set(['text', 'varchar', 'bpchar', 'name', 'uuid']),
  number: new Set(['int2', 'int4', 'int8', 'float4', 'float8']),
  boolean: new Set(['bool']),
};
const INTEGER = new Set(['int2', 'int4', 'int8']);

interface ColumnRow {
  name: string;
  type: string;
  srid: number | null;
}

/** Checks that a source's table and every declared column exist with fitting types. */
export async function introspectTable(db: Queryable, def: TableSourceDef): Promise<TableShape> {
  const where = `source ${def.id}: ${JSON.stringify(def.schema)}.${JSON.stringify(def.table)}`;
  const rows = await db.query<ColumnRow>(tileSql('table-columns'), [def.schema, def.table]);
  if (rows.length === 0) throw new SourceConfigError(`${where} does not exist (or has no columns)`);
  const columns = new Map(rows.map((r) => [r.name, r]));

  const geometry = columns.get(def.geometryColumn);
  if (!geometry) throw new SourceConfigError(`${where} has no column ${JSON.stringify(def.geometryColumn)}`);
  if (geometry.type !== 'geometry') {
    throw new SourceConfigError(
      `${where}: column ${JSON.stringify(def.geometryColumn)} is ${geometry.type}, not geometry`,
    );
  }
  if (!geometry.srid || geometry.srid <= 0) {
    throw new SourceConfigError(
      `${where}: geometry column needs a declared SRID, e.g. geometry(Point, 4326)`,
    );
  }

  for (const [name, declared] of Object.entries(def.properties)) {
    const column = columns.get(name);
    if (!column) throw new SourceConfigError(`${where} has no column ${JSON.stringify(name)}`);
    if (!COMPATIBLE[declared].has(column.type)) {
      throw new SourceConfigError(
        `${where}: column ${JSON.stringify(name)} is ${column.type}, which does not fit the declared ${declared}`,
      );
    }
  }
  const idType = columns.get(def.idColumn)?.type ?? '';
  const float4Columns = new Set(Object.keys(def.properties).filter((n) => columns.get(n)?.type === 'float4'));
  return { srid: geometry.srid, integerId: INTEGER.has(idType), float4Columns };
}
