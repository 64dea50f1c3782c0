import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { MAX_ZOOM } from '../../tiles/tile-coords.ts';
import { identifierProblem } from './sql-identifier.ts';

export const DEFAULT_CATALOG_PATH = path.join(import.meta.dirname, 'catalog.json');

/** Source ids appear in URLs and cache keys: lower-case letters, digits and hyphens only. */
export const SOURCE_ID = /^[a-z0-9-]+$/;

/** Names the encoders use for their own columns; a catalog column may not take them. */
export const RESERVED_PREFIX = '__mvt';

/** Function arguments are limited to 100 in PostgreSQL; json_build_array takes one per property. */
const MAX_PROPERTIES = 90;

const identifier = z.string().superRefine((name, ctx) => {
  const problem = identifierProblem(name);
  if (problem) ctx.addIssue({ code: 'custom', message: `identifier ${problem}` });
});
const text = z.object({ cs: z.string().min(1), en: z.string().min(1) }).strict();
const zoom = z.number().int().min(0).max(MAX_ZOOM);

export const fieldType = z.enum(['string', 'number', 'boolean']);
export type FieldType = z.infer<typeof fieldType>;

const tableSource = z
  .object({
    id: z.string().regex(SOURCE_ID, 'must match ^[a-z0-9-]+$'),
    kind: z.literal('table'),
    /** `basemap` sources feed the offline basemap only; the layer panel does not list them. */
    theme: z.enum(['basemap', 'admin', 'transport', 'energy', 'water', 'flood', 'heritage', 'emergency']),
    title: text,
    description: text,
    schema: identifier,
    table: identifier,
    geometryColumn: identifier,
    /** Its value is every feature's `id` property, and the MVT feature id when it is an integer. */
    idColumn: identifier,
    // mixed: areas and points in one layer (blue-green: roofs and parks beside tanks).
    geometryType: z.enum(['polygon', 'line', 'point', 'mixed']),
    /** Column → type, in the order features carry them; every column but the geometry. */
    properties: z.record(identifier, fieldType),
    minzoom: zoom,
    maxzoom: zoom,
    /** Zoom → simplification tolerance in tile units (1/4096 of a tile) from that zoom up. */
    simplify: z.record(
      z.string().regex(/^(0|[1-9][0-9]?)$/, 'keys must be zoom levels'),
      z.number().min(0).max(256),
    ),
    cache: z
      .object({ maxAge: z.number().int().min(0), staleWhileRevalidate: z.number().int().min(0) })
      .strict(),
    /** HTML shown on the map: the real upstream publisher and licence of the data. */
    attribution: z.string().min(1),
    /** True for generated data (model network, synthetic readings); the UI labels it. */
    modelled: z.boolean(),
    /** Key in ops.data_versions whose version the tile cache includes; the source id by default. */
    dataset: z.string().min(1).optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    const issue = (field: string, message: string) =>
      ctx.addIssue({ code: 'custom', path: [field], message });
    const columns = Object.keys(s.properties);
    if (s.minzoom > s.maxzoom) issue('minzoom', 'must not exceed maxzoom');
    if (!(s.idColumn in s.properties)) issue('idColumn', 'must be one of the properties');
    if (s.idColumn !== 'id' && 'id' in s.properties) {
      issue(
        'properties',
        'may have a column "id" only when it is the idColumn (features carry the id as "id")',
      );
    }
    if (s.geometryColumn in s.properties) issue('properties', 'must not include the geometry column');
    if (columns.some((c) => c.startsWith(RESERVED_PREFIX)))
      issue('properties', `names starting ${RESERVED_PREFIX} are reserved`);
    if (columns.length > MAX_PROPERTIES) issue('properties', `at most ${MAX_PROPERTIES} columns`);
    if (!('0' in s.simplify))
      issue('simplify', 'must give a tolerance for zoom "0" (it applies up to the next key)');
  });

export type TableSourceDef = z.infer<typeof tableSource>;

const catalogSchema = z
  .object({ $comment: z.string().optional(), sources: z.array(tableSource).min(1) })
  .strict()
  .superRefine((c, ctx) => {
    const seen = new Set<string>();
    c.sources.forEach((s, i) => {
      if (seen.has(s.id))
        ctx.addIssue({ code: 'custom', path: ['sources', i, 'id'], message: `duplicate id ${s.id}` });
      seen.add(s.id);
    });
  });

export interface Catalog {
  sources: TableSourceDef[];
}

export class CatalogError extends Error {}

/** Validates parsed catalog JSON; `origin` names the file in the error. */
export function parseCatalog(json: unknown, origin = 'catalog'): Catalog {
  const parsed = catalogSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('') ?? '';
    throw new CatalogError(
      `${origin}: ${where.replace(/^\./, '') || '(root)'}: ${issue?.message ?? 'invalid'}`,
    );
  }
  return { sources: parsed.data.sources };
}

/** Reads and validates the catalog file at start-up; a bad catalog stops the server with the reason. */
export function loadCatalog(file = DEFAULT_CATALOG_PATH): Catalog {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new CatalogError(`${file}: ${(err as Error).message}`, { cause: err });
  }
  return parseCatalog(json, file);
}

/**
 * Fields of a source as TileJSON and /catalog list them: the properties, plus `id` when the id
 * column has another name (every feature carries its id as `id`).
 */
export const sourceFields = (s: TableSourceDef): Record<string, FieldType> =>
  s.idColumn === 'id' ? { ...s.properties } : { ...s.properties, id: s.properties[s.idColumn] ?? 'string' };

/** The simplification tolerance (tile units) in force at zoom `z`. */
export function toleranceAt(s: TableSourceDef, z: number): number {
  let best = -1;
  let tolerance = 0;
  for (const [key, value] of Object.entries(s.simplify)) {
    const from = Number(key);
    if (from <= z && from > best) [best, tolerance] = [from, value];
  }
  return tolerance;
}

/** `Cache-Control` of a source's tiles. */
export const cacheControl = (s: TableSourceDef): string =>
  `public, max-age=${s.cache.maxAge}` +
  (s.cache.staleWhileRevalidate > 0 ? `, stale-while-revalidate=${s.cache.staleWhileRevalidate}` : '');

export const datasetOf = (s: TableSourceDef): string => s.dataset ?? s.id;
