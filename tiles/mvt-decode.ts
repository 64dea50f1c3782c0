import { VectorTile, VectorTileFeature } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';

export type DecodedType = 'Point' | 'LineString' | 'Polygon' | 'Unknown';

/** A feature as a reader sees it: what tests, goldens and the parity check compare. */
export interface DecodedFeature {
  id: number | undefined;
  type: DecodedType;
  properties: Record<string, string | number | boolean>;
  /** Parts in tile units: points, lines, or rings (closed: first vertex repeated last). */
  geometry: [number, number][][];
}

export interface DecodedLayer {
  version: number;
  extent: number;
  features: DecodedFeature[];
}

/** Decodes MVT bytes with @mapbox/vector-tile (the decoder MapLibre uses); empty bytes, no layers. */
export function decodeMvt(bytes: Uint8Array): Record<string, DecodedLayer> {
  const tile = new VectorTile(new PbfReader(bytes));
  const layers: Record<string, DecodedLayer> = {};
  for (const [name, layer] of Object.entries(tile.layers)) {
    const features: DecodedFeature[] = [];
    for (let i = 0; i < layer.length; i++) {
      const f = layer.feature(i);
      features.push({
        id: f.id,
        type: VectorTileFeature.types[f.type],
        properties: { ...f.properties },
        geometry: f.loadGeometry().map((part) => part.map((p): [number, number] => [p.x, p.y])),
      });
    }
    layers[name] = { version: layer.version, extent: layer.extent, features };
  }
  return layers;
}
