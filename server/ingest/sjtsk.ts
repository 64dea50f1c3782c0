import type { Geometry, Position } from 'geojson';
import proj4 from 'proj4';
import { mapPositions } from './geometry-positions.ts';

/**
 * S-JTSK / Krovak East North (EPSG:5514) with the datum shift EPSG:5239 "S-JTSK to WGS 84 (5)"
 * (accuracy 1 m in Czechia), the operation PROJ 9 — and so GDAL and PostGIS — pick for this region.
 * EPSG publishes its rotations in the coordinate-frame convention (−4.9732″, −1.529″, −5.2484″);
 * `+towgs84` takes position-vector rotations, hence the positive signs.
 * (PostGIS's own proj4text for 5514 carries the 3-parameter 589,76,480 shift, ~6 m off.)
 */
export const SJTSK_PROJ4 =
  '+proj=krovak +lat_0=49.5 +lon_0=24.8333333333333 +alpha=30.2881397527778 +k=0.9999 +x_0=0 +y_0=0 ' +
  '+ellps=bessel +towgs84=572.213,85.334,461.94,4.9732,1.529,5.2484,3.5378 +units=m +no_defs';

const converter = proj4(SJTSK_PROJ4, 'WGS84');

/** One S-JTSK position [x, y] in metres (negative, as EPSG:5514 stores them) to WGS 84 [lon, lat]. */
export function sjtskToWgs84(position: Position): Position {
  const [x, y] = position;
  if (x === undefined || y === undefined)
    throw new Error(`S-JTSK position ${JSON.stringify(position)} has no x/y`);
  // Positive values are the old south-west axis convention (EPSG:2065); EPSG:5514 files never hold them.
  if (x >= 0 || y >= 0)
    throw new Error(`S-JTSK position [${x}, ${y}] is not in EPSG:5514 (expected negative metres)`);
  return converter.forward([x, y]);
}

/** A WGS 84 copy of an S-JTSK geometry; pure, the input is not changed. */
export const sjtskGeometryToWgs84 = <G extends Geometry>(geometry: G): G =>
  mapPositions(geometry, sjtskToWgs84);
