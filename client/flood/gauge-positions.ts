/** A tile's extent in lon/lat, as deck.gl's tile headers give it. */
export interface TileBbox {
  west: number;
  north: number;
  east: number;
  south: number;
}

const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
const latitude = (y: number) => (360 / Math.PI) * Math.atan(Math.exp(y)) - 90;

/**
 * A point of a vector tile in the tile's own coordinates (0–1 from the north-west corner, as
 * deck.gl's MVT loader hands them over outside globe view) → lon/lat. Linear in Web Mercator.
 */
export function tilePointToLngLat([x, y]: [number, number], bbox: TileBbox): [number, number] {
  const north = mercatorY(bbox.north);
  const south = mercatorY(bbox.south);
  return [bbox.west + x * (bbox.east - bbox.west), latitude(north + y * (south - north))];
}

interface TileFeature {
  geometry?: { type?: string; coordinates?: unknown };
  properties?: Record<string, unknown>;
}

/**
 * Where each gauge is, learnt from the gauge tiles the map loads (the status API gives stages, not
 * positions): the pulse marks and the situation panel's fly-to need them. A deeper tile is more
 * precise (coordinates are quantised to the tile grid), so it wins over a shallower one.
 */
export class GaugePositions {
  private positions = new Map<string, { lngLat: [number, number]; z: number }>();
  private listeners: (() => void)[] = [];

  /** Takes the points of one loaded tile. */
  addTile(features: readonly TileFeature[], bbox: TileBbox, z: number): void {
    let changed = false;
    for (const feature of features) {
      const id = feature.properties?.id;
      const coordinates = feature.geometry?.coordinates;
      if (typeof id !== 'string' || feature.geometry?.type !== 'Point' || !Array.isArray(coordinates))
        continue;
      const known = this.positions.get(id);
      if (known && known.z >= z) continue;
      this.positions.set(id, { lngLat: tilePointToLngLat(coordinates as [number, number], bbox), z });
      changed = true;
    }
    if (changed) for (const listener of this.listeners) listener();
  }

  get(id: string): [number, number] | undefined {
    return this.positions.get(id)?.lngLat;
  }

  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }
}
