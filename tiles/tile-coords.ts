/** One tile of the XYZ (Google/OSM) scheme: y grows southwards. */
export interface TileCoord {
  z: number;
  x: number;
  y: number;
}

/** The zoom levels a source serves; requests outside are rejected, not answered empty. */
export interface ZoomRange {
  minzoom: number;
  maxzoom: number;
}

/** Deepest zoom any source may declare (about 2 cm per tile unit at extent 4096). */
export const MAX_ZOOM = 22;

export const FULL_ZOOM_RANGE: ZoomRange = { minzoom: 0, maxzoom: MAX_ZOOM };

/** A tile coordinate that is not a valid tile; `field` names the part to fix. */
export class TileCoordError extends Error {
  constructor(
    readonly field: 'z' | 'x' | 'y',
    message: string,
  ) {
    super(message);
  }
}

// Digits only and no leading zeros: one canonical URL per tile, so caches are not split by `01` vs `1`.
const CANONICAL_INTEGER = /^(0|[1-9][0-9]{0,7})$/;

function parseInteger(field: 'z' | 'x' | 'y', raw: string): number {
  if (!CANONICAL_INTEGER.test(raw)) {
    throw new TileCoordError(field, `${field} must be a non-negative integer without leading zeros`);
  }
  return Number(raw);
}

/**
 * Parses z/x/y path segments into a tile within `range`.
 *
 * @example parseTileCoord({ z: '14', x: '8877', y: '5501' }) // { z: 14, x: 8877, y: 5501 }
 */
export function parseTileCoord(
  raw: { z: string; x: string; y: string },
  range: ZoomRange = FULL_ZOOM_RANGE,
): TileCoord {
  const z = parseInteger('z', raw.z);
  if (z < range.minzoom || z > range.maxzoom) {
    throw new TileCoordError('z', `z must be between ${range.minzoom} and ${range.maxzoom}`);
  }
  const size = 2 ** z;
  const x = parseInteger('x', raw.x);
  if (x >= size) throw new TileCoordError('x', `x must be between 0 and ${size - 1} at zoom ${z}`);
  const y = parseInteger('y', raw.y);
  if (y >= size) throw new TileCoordError('y', `y must be between 0 and ${size - 1} at zoom ${z}`);
  return { z, x, y };
}

/** The tile containing a WGS 84 position at zoom `z` (positions beyond ±85.0511° are clamped). */
export function lonLatToTile(lon: number, lat: number, z: number): TileCoord {
  const size = 2 ** z;
  const clampedLat = Math.max(-85.05112878, Math.min(85.05112878, lat));
  const sin = Math.sin((clampedLat * Math.PI) / 180);
  const fx = (lon + 180) / 360;
  const fy = 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
  const clamp = (v: number) => Math.max(0, Math.min(size - 1, Math.floor(v * size)));
  return { z, x: clamp(fx), y: clamp(fy) };
}
