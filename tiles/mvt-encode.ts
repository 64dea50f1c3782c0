import GeoJSONVT from 'geojson-vt';
import type { Feature, Geometry, Position } from 'geojson';
import { cleanGeometry } from './mvt-clean.ts';
import type { TileCoord } from './tile-coords.ts';
import { writeMvtLayer, type MvtFeature } from './mvt-write.ts';

/** One feature of one tile, as the JS encoding path receives it from SQL. */
export interface EncodeFeature {
  /** GeoJSON geometry in EPSG:4326. */
  geometry: Geometry;
  properties: Record<string, unknown>;
  /** Written as the MVT feature id when it is a non-negative integer. */
  id?: number;
}

export interface EncodeOptions {
  /** Tile units per tile side; 4096 like ST_AsMVT. */
  extent: number;
  /** Tile units kept around the tile, clipped beyond; 64 like ST_AsMVTGeom's default. */
  buffer: number;
  /**
   * Douglas–Peucker tolerance in tile units. 0 by default because table sources simplify in SQL
   * (the same statement on both encoding paths); dynamic layers may ask for more.
   */
  tolerance: number;
}

export const ENCODE_DEFAULTS: EncodeOptions = { extent: 4096, buffer: 64, tolerance: 0 };

// Twice the signed planar area of a ring in lon/lat (y up): > 0 means counter-clockwise.
const lonLatArea2 = (ring: Position[]) =>
  ring.reduce((sum, p, i) => {
    const q = ring[(i + 1) % ring.length] ?? p;
    return sum + (p[0] ?? 0) * (q[1] ?? 0) - (q[0] ?? 0) * (p[1] ?? 0);
  }, 0);

// RFC 7946 winding (exterior counter-clockwise, holes clockwise) becomes MVT winding once y points
// down; geojson-vt keeps the input winding, and PostGIS does not promise one in ST_AsGeoJSON.
const rewindPolygon = (rings: Position[][]) =>
  rings.map((ring, i) => (lonLatArea2(ring) > 0 === (i === 0) ? ring : [...ring].reverse()));

function rewind(geometry: Geometry): Geometry {
  switch (geometry.type) {
    case 'Polygon':
      return { ...geometry, coordinates: rewindPolygon(geometry.coordinates) };
    case 'MultiPolygon':
      return { ...geometry, coordinates: geometry.coordinates.map(rewindPolygon) };
    case 'GeometryCollection':
      return { ...geometry, geometries: geometry.geometries.map(rewind) };
    default:
      return geometry;
  }
}

/**
 * Encodes the features of one tile as an MVT 2.1 tile with one layer: projects to the tile's
 * integer grid, clips at `buffer` tile units around it (geojson-vt), drops what collapsed and
 * writes the protobuf. Returns empty bytes when no feature survives.
 *
 * @example encodeMvt('stops', [{ geometry: { type: 'Point', coordinates: [15.056, 50.767] }, properties: { name: 'Liberec' } }], { z: 14, x: 8877, y: 5501 })
 */
export function encodeMvt(
  layer: string,
  features: readonly EncodeFeature[],
  tile: TileCoord,
  options: Partial<EncodeOptions> = {},
): Uint8Array {
  const { extent, buffer, tolerance } = { ...ENCODE_DEFAULTS, ...options };
  if (features.length === 0) return new Uint8Array(0);
  const collection: Feature[] = features.map((f) => ({
    type: 'Feature',
    ...(f.id !== undefined ? { id: f.id } : {}),
    geometry: rewind(f.geometry),
    properties: f.properties,
  }));
  // geojson-vt simplifies every zoom below maxZoom with `tolerance` and not at maxZoom itself, so the
  // index stops at the tile's zoom when no simplification is wanted and one level deeper otherwise.
  const maxZoom = tolerance > 0 ? Math.min(tile.z + 1, 24) : tile.z;
  const index = new GeoJSONVT(
    { type: 'FeatureCollection', features: collection },
    { maxZoom, indexMaxZoom: 0, tolerance, extent, buffer },
  );
  const clipped = index.getTile(tile.z, tile.x, tile.y);
  const out: MvtFeature[] = [];
  for (const f of clipped?.features ?? []) {
    const parts = f.type === 1 ? [f.geometry] : f.geometry;
    const geometry = cleanGeometry(f.type, parts);
    if (geometry.length === 0) continue;
    out.push({ id: f.id, type: f.type, geometry, properties: f.tags });
  }
  return writeMvtLayer(layer, out, extent);
}
