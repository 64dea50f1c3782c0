import type { Accessor, Color } from '@deck.gl/core';
import { MVTLayer } from '@deck.gl/geo-layers';
import { MVTLoader } from '@loaders.gl/mvt';
import type { Feature, Geometry } from 'geojson';
import type { CatalogSource } from '../state/catalog.ts';
import type { DeckLayerContext, Properties } from './theme-layer.ts';

type PointFeature = Feature<Geometry, Properties>;

/** How a point layer looks; the rest (tiles, picking, highlight, loading) is the same for all. */
export interface PointStyle {
  fillColor: Accessor<PointFeature, Color>;
  lineColor?: Accessor<PointFeature, Color>;
  /** Outline width in pixels. */
  lineWidth?: Accessor<PointFeature, number>;
  /** Radius in pixels. */
  radius: Accessor<PointFeature, number>;
}

/**
 * A deck.gl layer of our MVT point tiles: pickable, highlighted on hover, drawn in screen pixels.
 * Tiles are parsed on the main thread (the non-worker MVTLoader): the default worker loader would
 * fetch its script from a CDN, and these layers hold tens to hundreds of points, too few to need one.
 */
export function pointTileLayer(
  source: CatalogSource,
  context: DeckLayerContext,
  style: PointStyle,
): MVTLayer {
  return new MVTLayer({
    ...ourTiles(source, context),
    highlightColor: [255, 255, 0, 200],
    pointType: 'circle',
    stroked: true,
    filled: true,
    pointRadiusUnits: 'pixels',
    lineWidthUnits: 'pixels',
    getPointRadius: style.radius,
    getFillColor: style.fillColor,
    getLineColor: style.lineColor ?? [255, 255, 255, 255],
    getLineWidth: style.lineWidth ?? 1.5,
  });
}

/**
 * What every deck.gl layer over our MVT tiles shares: the source's tiles and zooms, picking by the
 * `id` property, hover highlight, opacity and the readiness callbacks.
 */
export function ourTiles(source: CatalogSource, context: DeckLayerContext) {
  return {
    id: `deck-${source.id}`,
    data: source.tiles,
    minZoom: source.minzoom,
    maxZoom: source.maxzoom,
    binary: false,
    loaders: [MVTLoader],
    loadOptions: { worker: false },
    uniqueIdProperty: 'id',
    pickable: true,
    autoHighlight: true,
    opacity: context.opacity,
    onTileLoad: context.onLoad,
    onViewportLoad: context.onLoad,
  };
}
