import type { TileCoord } from './tile-coords.ts';

/** [minX, minY, maxX, maxY] */
export type BBox = [number, number, number, number];

/** Half the side of the Web Mercator square: π · 6 378 137 m. */
export const WEB_MERCATOR_HALF_WORLD = Math.PI * 6378137;

/** Side of one tile at zoom `z` in EPSG:3857 metres. */
export const tileSizeMeters = (z: number): number => (2 * WEB_MERCATOR_HALF_WORLD) / 2 ** z;

/** Bounds of a tile in EPSG:3857 metres, the same box as PostGIS `ST_TileEnvelope(z, x, y)`. */
export function tileBounds3857({ z, x, y }: TileCoord): BBox {
  const size = tileSizeMeters(z);
  const minX = -WEB_MERCATOR_HALF_WORLD + x * size;
  const maxY = WEB_MERCATOR_HALF_WORLD - y * size;
  return [minX, maxY - size, minX + size, maxY];
}

const mercatorYToLat = (my: number): number => (Math.atan(Math.sinh(my / 6378137)) * 180) / Math.PI;

/** Bounds of a tile in EPSG:4326 degrees: [west, south, east, north]. */
export function tileBounds4326(tile: TileCoord): BBox {
  const [minX, minY, maxX, maxY] = tileBounds3857(tile);
  const toLon = (mx: number) => (mx / WEB_MERCATOR_HALF_WORLD) * 180;
  return [toLon(minX), mercatorYToLat(minY), toLon(maxX), mercatorYToLat(maxY)];
}

/**
 * A distance in tile units (1/`extent` of the tile side) at zoom `z`, in EPSG:3857 metres:
 * how the per-zoom simplification tolerance of a source becomes an argument of ST_Simplify*.
 */
export const tileUnitsToMeters = (units: number, z: number, extent = 4096): number =>
  (units * tileSizeMeters(z)) / extent;
