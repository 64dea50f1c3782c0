import type { BBox } from '../../tiles/tile-bounds.ts';
import type { FieldType } from './catalog.ts';
import type { SourceInfo } from './source.ts';

/** TileJSON 3.0.0 as served (validated against tilejson-3.0.0.schema.json in the tests). */
export interface TileJson {
  tilejson: '3.0.0';
  tiles: string[];
  name: string;
  description: string;
  attribution: string;
  scheme: 'xyz';
  bounds: BBox;
  center: [number, number, number];
  minzoom: number;
  maxzoom: number;
  vector_layers: {
    id: string;
    fields: Record<string, string>;
    minzoom: number;
    maxzoom: number;
    description: string;
  }[];
}

/** TileJSON's default bounds: the whole Web Mercator world, for a source without data yet. */
export const WORLD_BOUNDS: BBox = [-180, -85.051129, 180, 85.051129];

/** The zoom TileJSON `center` suggests: where the whole region fits on a screen. */
const OVERVIEW_ZOOM = 8;

// Field descriptions in the vocabulary tippecanoe and Mapbox Studio use for vector_layers.
const FIELD_LABEL: Record<FieldType, string> = { string: 'String', number: 'Number', boolean: 'Boolean' };

export const tileUrlTemplate = (baseUrl: string, id: string) => `${baseUrl}/tiles/${id}/{z}/{x}/{y}.mvt`;
export const tileJsonUrl = (baseUrl: string, id: string) => `${baseUrl}/tiles/${id}.json`;

/** Builds a source's TileJSON; `bounds` come from the data (null when the table is empty). */
export function buildTileJson(info: SourceInfo, baseUrl: string, bounds: BBox | null): TileJson {
  const b = bounds ?? WORLD_BOUNDS;
  const zoom = Math.min(info.maxzoom, Math.max(info.minzoom, OVERVIEW_ZOOM));
  return {
    tilejson: '3.0.0',
    tiles: [tileUrlTemplate(baseUrl, info.id)],
    name: info.title.en,
    description: info.description.en,
    attribution: info.attribution,
    scheme: 'xyz',
    bounds: b,
    center: [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2, zoom],
    minzoom: info.minzoom,
    maxzoom: info.maxzoom,
    vector_layers: [
      {
        id: info.id,
        fields: Object.fromEntries(Object.entries(info.fields).map(([k, t]) => [k, FIELD_LABEL[t]])),
        minzoom: info.minzoom,
        maxzoom: info.maxzoom,
        description: info.description.en,
      },
    ],
  };
}
