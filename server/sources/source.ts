import type { z } from 'zod';
import type { FieldType, TableSourceDef } from './catalog.ts';
import type { TileJson } from './tilejson.ts';

/** Validated request parameters of one tile request (none for table sources yet). */
export type TileParams = Readonly<Record<string, string | number | boolean>>;

/** What /catalog lists about a source (the layer panel of the client is built from it). */
export interface SourceInfo {
  id: string;
  theme: TableSourceDef['theme'];
  title: { cs: string; en: string };
  description: { cs: string; en: string };
  geometryType: TableSourceDef['geometryType'];
  fields: Record<string, FieldType>;
  minzoom: number;
  maxzoom: number;
  attribution: string;
  modelled: boolean;
}

/**
 * A tile source (martin's model): table sources now, SQL-function sources later. Identifiers
 * come from the catalog only; z/x/y and params are bound parameters.
 */
export interface Source {
  readonly id: string;
  readonly info: SourceInfo;
  /** `Cache-Control` of this source's tiles. */
  readonly cacheControl: string;
  /** Key in ops.data_versions whose version invalidates this source's cached tiles. */
  readonly dataset: string;
  /** Query parameters this source accepts; anything else is a 400. */
  readonly params: z.ZodType<TileParams>;
  /** Checks the source against the database (table, columns, types); memoised. */
  verify(): Promise<void>;
  tilejson(baseUrl: string): Promise<TileJson>;
  /** The encoded tile, or null when no feature falls in it. */
  getTile(z: number, x: number, y: number, params: TileParams): Promise<Uint8Array | null>;
  /** Forgets what was derived from the data (bounds), after the dataset changed. */
  dataChanged(): void;
}
