import { mulberry32 } from '../server/model/random.ts';

export interface TileRequest {
  source: string;
  z: number;
  x: number;
  y: number;
}

export interface Bbox {
  west: number;
  south: number;
  east: number;
  north: number;
}

const lonToX = (lon: number, z: number) => Math.floor(((lon + 180) / 360) * 2 ** z);
const latToY = (lat: number, z: number) => {
  const r = (lat * Math.PI) / 180;
  return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * 2 ** z);
};

/**
 * `count` distinct tiles per source, drawn with a seeded PRNG from the tiles covering `bbox`
 * at zooms in [minzoom, maxzoom] of each source.
 */
export function seededTiles(
  sources: { id: string; minzoom: number; maxzoom: number }[],
  bbox: Bbox,
  countPerSource: number,
  seed: number,
): TileRequest[] {
  const random = mulberry32(seed);
  const out: TileRequest[] = [];
  for (const s of sources) {
    const seen = new Set<string>();
    const zooms: number[] = [];
    for (let z = s.minzoom; z <= s.maxzoom; z++) zooms.push(z);
    let capacity = 0;
    for (const z of zooms) {
      capacity +=
        (lonToX(bbox.east, z) - lonToX(bbox.west, z) + 1) *
        (latToY(bbox.south, z) - latToY(bbox.north, z) + 1);
    }
    const want = Math.min(countPerSource, capacity);
    while (seen.size < want) {
      const z = zooms[Math.floor(random() * zooms.length)] ?? s.minzoom;
      const x0 = lonToX(bbox.west, z);
      const x1 = lonToX(bbox.east, z);
      const y0 = latToY(bbox.north, z);
      const y1 = latToY(bbox.south, z);
      const x = x0 + Math.floor(random() * (x1 - x0 + 1));
      const y = y0 + Math.floor(random() * (y1 - y0 + 1));
      const key = `${z}/${x}/${y}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ source: s.id, z, x, y });
    }
  }
  return out;
}

/**
 * Cycles `task` over `items` with `concurrency` in flight until `ms` have passed;
 * returns the completed count per second.
 */
export async function ratePerSecond<T>(
  items: readonly T[],
  concurrency: number,
  ms: number,
  task: (item: T) => Promise<void>,
): Promise<number> {
  let next = 0;
  let done = 0;
  const start = performance.now();
  const worker = async () => {
    while (performance.now() - start < ms) {
      await task(items[next++ % items.length] as T);
      done++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return (done / (performance.now() - start)) * 1000;
}
