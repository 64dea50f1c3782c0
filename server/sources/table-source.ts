import type { Geometry } from 'geojson';
import { z } from 'zod';
import { encodeMvt, ENCODE_DEFAULTS, type EncodeFeature } from '../../tiles/mvt-encode.ts';
import { tileUnitsToMeters, type BBox } from '../../tiles/tile-bounds.ts';
import type { Db } from '../db/db.ts';
import { cacheControl, datasetOf, sourceFields, toleranceAt, type TableSourceDef } from './catalog.ts';
import type { Source, SourceInfo, TileParams } from './source.ts';
import { quoteIdent } from './sql-identifier.ts';
import { fillSql, tileSql } from './sql-template.ts';
import { introspectTable, type TableShape } from './table-introspect.ts';
import { buildTileJson, type TileJson } from './tilejson.ts';

/** `postgis`: ST_AsMVT in the database. `js`: SQL selects GeoJSON, tiles/mvt-encode.ts encodes. */
export type Encoder = 'postgis' | 'js';

const { extent: EXTENT, buffer: BUFFER } = ENCODE_DEFAULTS;

/** The SQL of one source, built once from quoted catalog identifiers. */
interface Statements {
  mvt: string;
  features: string;
  extent: string;
  /** Property names in the order of the JSON array the features statement returns. */
  names: string[];
  idIndex: number;
}

function buildStatements(def: TableSourceDef, shape: TableShape): Statements {
  const column = (name: string) =>
    shape.float4Columns.has(name) ? `t.${quoteIdent(name)}::float8` : `t.${quoteIdent(name)}`;
  // Every property under its own name, the id once more as `id` when its column is named otherwise.
  const selected: [string, string][] = Object.keys(def.properties).map((name) => [name, column(name)]);
  if (def.idColumn !== 'id') selected.push(['id', column(def.idColumn)]);
  const aliased = selected.map(([name, expr]) => `${expr} as ${quoteIdent(name)}`);
  if (shape.integerId) aliased.push(`${column(def.idColumn)} as __mvt_id`);
  const table = `${quoteIdent(def.schema)}.${quoteIdent(def.table)}`;
  const geometry = quoteIdent(def.geometryColumn);
  return {
    mvt: fillSql(tileSql('table-tile-mvt'), { table, geometry, columns: aliased.join(', ') }),
    features: fillSql(tileSql('table-tile-features'), {
      table,
      geometry,
      values: selected.map(([, expr]) => expr).join(', '),
    }),
    extent: fillSql(tileSql('table-extent'), { table, geometry }),
    names: selected.map(([name]) => name),
    idIndex: Object.keys(def.properties).indexOf(def.idColumn),
  };
}

/** A source backed by one table or view declared in the catalog. */
export class TableSource implements Source {
  readonly id: string;
  readonly info: SourceInfo;
  readonly cacheControl: string;
  readonly dataset: string;
  readonly params = z.object({}).strict() as z.ZodType<TileParams>;
  readonly encoder: Encoder;
  private prepared: Promise<{ shape: TableShape; sql: Statements }> | null = null;
  private bounds: Promise<BBox | null> | null = null;

  constructor(
    readonly def: TableSourceDef,
    private readonly db: Db,
    encoder?: Encoder,
  ) {
    this.id = def.id;
    this.encoder = encoder ?? (db.kind === 'postgis' ? 'postgis' : 'js');
    this.cacheControl = cacheControl(def);
    this.dataset = datasetOf(def);
    this.info = {
      id: def.id,
      theme: def.theme,
      title: def.title,
      description: def.description,
      geometryType: def.geometryType,
      fields: sourceFields(def),
      minzoom: def.minzoom,
      maxzoom: def.maxzoom,
      attribution: def.attribution,
      modelled: def.modelled,
    };
  }

  private prepare() {
    this.prepared ??= introspectTable(this.db, this.def).then(
      (shape) => ({ shape, sql: buildStatements(this.def, shape) }),
      (err: unknown) => {
        // A table created later (first import) should work without a restart.
        this.prepared = null;
        throw err;
      },
    );
    return this.prepared;
  }

  async verify(): Promise<void> {
    await this.prepare();
  }

  async getTile(z: number, x: number, y: number, _params: TileParams): Promise<Uint8Array | null> {
    const { shape, sql } = await this.prepare();
    const tolerance = tileUnitsToMeters(toleranceAt(this.def, z), z, EXTENT);
    const bytes =
      this.encoder === 'postgis'
        ? await this.encodeInDatabase(sql, shape, z, x, y, tolerance)
        : await this.encodeInJs(sql, shape, z, x, y, tolerance);
    return bytes.length > 0 ? bytes : null;
  }

  private async encodeInDatabase(
    sql: Statements,
    shape: TableShape,
    z: number,
    x: number,
    y: number,
    tolerance: number,
  ) {
    const featureId = shape.integerId ? '__mvt_id' : null;
    const [row] = await this.db.query<{ tile: Uint8Array | null }>(sql.mvt, [
      z,
      x,
      y,
      tolerance,
      this.id,
      featureId,
      shape.srid,
      EXTENT,
      BUFFER,
    ]);
    const tile = row?.tile;
    return tile ? new Uint8Array(tile.buffer, tile.byteOffset, tile.byteLength) : new Uint8Array(0);
  }

  private async encodeInJs(
    sql: Statements,
    shape: TableShape,
    z: number,
    x: number,
    y: number,
    tolerance: number,
  ) {
    const rows = await this.db.query<{ geojson: string; properties: unknown[] }>(sql.features, [
      z,
      x,
      y,
      tolerance,
      shape.srid,
      EXTENT,
      BUFFER,
    ]);
    const features: EncodeFeature[] = rows.map((row) => {
      const properties = Object.fromEntries(sql.names.map((name, i) => [name, row.properties[i] ?? null]));
      const id = shape.integerId ? row.properties[sql.idIndex] : undefined;
      return {
        geometry: JSON.parse(row.geojson) as Geometry,
        properties,
        ...(typeof id === 'number' ? { id } : {}),
      };
    });
    return encodeMvt(this.id, features, { z, x, y }, { extent: EXTENT, buffer: BUFFER });
  }

  async tilejson(baseUrl: string): Promise<TileJson> {
    return buildTileJson(this.info, baseUrl, await this.dataBounds());
  }

  private dataBounds(): Promise<BBox | null> {
    this.bounds ??= this.prepare().then(async ({ shape, sql }) => {
      const [row] = await this.db.query<{ west: number | null; south: number; east: number; north: number }>(
        sql.extent,
        [shape.srid],
      );
      return row && row.west !== null ? [row.west, row.south, row.east, row.north] : null;
    });
    this.bounds.catch(() => (this.bounds = null));
    return this.bounds;
  }

  dataChanged(): void {
    this.bounds = null;
  }
}
