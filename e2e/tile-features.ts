import { VectorTile } from '@mapbox/vector-tile';
import type { Feature } from 'geojson';
import { PbfReader } from 'pbf';

/** The XYZ tiles of zoom `z` that cover a lon/lat box. */
function tilesCovering(
  [west, south, east, north]: [number, number, number, number],
  z: number,
): [number, number][] {
  const n = 2 ** z;
  const x = (lon: number) => Math.floor(((lon + 180) / 360) * n);
  const y = (lat: number) => {
    const rad = (lat * Math.PI) / 180;
    return Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n);
  };
  const tiles: [number, number][] = [];
  for (let tx = x(west); tx <= x(east); tx++)
    for (let ty = y(north); ty <= y(south); ty++) tiles.push([tx, ty]);
  return tiles;
}

/**
 * Features of one source as the server tiles them, decoded to lon/lat: the tests pick a real
 * feature from the served data instead of hard-coding positions that a data update would move.
 */
export async function fetchTileFeatures(
  baseUrl: string,
  source: string,
  z: number,
  bbox: [number, number, number, number],
): Promise<Feature[]> {
  const features: Feature[] = [];
  for (const [x, y] of tilesCovering(bbox, z)) {
    const res = await fetch(`${baseUrl}/tiles/${source}/${z}/${x}/${y}.mvt`);
    if (res.status === 204) continue;
    if (!res.ok) throw new Error(`tile ${source}/${z}/${x}/${y} answered ${res.status}`);
    const tile = new VectorTile(new PbfReader(new Uint8Array(await res.arrayBuffer())));
    const layer = tile.layers[source];
    for (let i = 0; i < (layer?.length ?? 0); i++) features.push(layer!.feature(i).toGeoJSON(x, y, z));
  }
  return features;
}
