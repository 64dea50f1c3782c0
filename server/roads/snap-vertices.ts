import type { Position } from 'geojson';

// Road files without topology (GeoJSON, shapefiles) only say that two lines meet by putting their
// vertices (nearly) on the same spot. This gives every vertex a key shared by all vertices within a
// tolerance, so that road-topology.ts can split and join there. Pure: no I/O.

const METRES_PER_DEGREE_LAT = 111_320;

/**
 * One key per vertex of each line (WGS 84 [lon, lat]). A vertex takes the key of the first earlier
 * vertex within `toleranceM` metres, else a new one; the greedy order makes it deterministic.
 * Distances use a local equirectangular approximation (error < 0.1 % over a few metres).
 */
export function snapVertices(lines: readonly (readonly Position[])[], toleranceM: number): number[][] {
  if (!(toleranceM > 0)) throw new Error(`snapping tolerance must be > 0 m, got ${toleranceM}`);
  const cellDeg = toleranceM / METRES_PER_DEGREE_LAT;
  // Representatives by grid cell, `toleranceM` of latitude square in degrees. In metres a cell is
  // narrower east-west (by cos(lat)), so the search reaches ceil(1 / cos(lat)) cells sideways.
  const grid = new Map<string, { key: number; lon: number; lat: number }[]>();
  let nextKey = 0;

  const keyOf = ([lon, lat]: Position): number => {
    if (lon === undefined || lat === undefined) throw new Error('vertex without coordinates');
    const cx = Math.floor(lon / cellDeg);
    const cy = Math.floor(lat / cellDeg);
    const kx = Math.cos((lat * Math.PI) / 180);
    const reach = Math.ceil(1 / kx);
    let best: { key: number; d2: number } | undefined;
    for (let dx = -reach; dx <= reach; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const rep of grid.get(`${cx + dx},${cy + dy}`) ?? []) {
          const ex = (rep.lon - lon) * kx * METRES_PER_DEGREE_LAT;
          const ey = (rep.lat - lat) * METRES_PER_DEGREE_LAT;
          const d2 = ex * ex + ey * ey;
          if (
            d2 <= toleranceM * toleranceM &&
            (!best || d2 < best.d2 || (d2 === best.d2 && rep.key < best.key))
          )
            best = { key: rep.key, d2 };
        }
      }
    }
    if (best) return best.key;
    const key = nextKey++;
    const cell = `${cx},${cy}`;
    const list = grid.get(cell);
    if (list) list.push({ key, lon, lat });
    else grid.set(cell, [{ key, lon, lat }]);
    return key;
  };

  return lines.map((coords) => coords.map(keyOf));
}
