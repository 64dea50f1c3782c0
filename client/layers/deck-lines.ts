import type { Accessor, Color } from '@deck.gl/core';
import { MVTLayer } from '@deck.gl/geo-layers';
import type { Feature, Geometry } from 'geojson';
import type { CatalogSource } from '../state/catalog.ts';
import { ourTiles } from './deck-points.ts';
import type { DeckLayerContext, Properties } from './theme-layer.ts';

export type LineFeature = Feature<Geometry, Properties>;

/** How a line layer looks; `trigger` names the data the accessors read (a new value restyles). */
export interface LineStyle {
  color: Accessor<LineFeature, Color>;
  /** Width in pixels. */
  width: Accessor<LineFeature, number>;
  trigger: string;
}

/**
 * A deck.gl layer of our MVT line tiles whose colour and width come from a time series joined by
 * feature id. When the series changes (another hour), only `trigger` changes: deck.gl re-evaluates
 * the accessors on the tiles it has (`updateTriggers`), it does not fetch them again. Tiles are parsed
 * on the main thread, as in deck-points.ts (the worker loader would come from a CDN).
 */
export function lineTileLayer(source: CatalogSource, context: DeckLayerContext, style: LineStyle): MVTLayer {
  return new MVTLayer({
    ...ourTiles(source, context),
    highlightColor: [31, 120, 180, 230],
    stroked: true,
    filled: false,
    lineWidthUnits: 'pixels',
    lineCapRounded: true,
    lineJointRounded: true,
    getLineColor: style.color,
    getLineWidth: style.width,
    updateTriggers: { getLineColor: style.trigger, getLineWidth: style.trigger },
    beforeId: context.beforeId,
  });
}
