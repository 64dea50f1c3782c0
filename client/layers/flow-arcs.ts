import { CompositeLayer, type Color, type DefaultProps } from '@deck.gl/core';
import { ArcLayer, ScatterplotLayer } from '@deck.gl/layers';
import { sqrtWidth } from './class-scale.ts';
import type { Properties } from './theme-layer.ts';

/** One flow between two places; `properties` is what the tooltip and popup read. */
export interface FlowDatum {
  properties: Properties;
  from: [number, number];
  to: [number, number];
  commuters: number;
}

/** A place at an arc end, sized by the commuters of the arcs shown that touch it. */
export interface PlaceDatum {
  properties: Properties;
  geometry: { type: 'Point'; coordinates: [number, number] };
  total: number;
}

interface FlowArcsProps {
  flows: FlowDatum[];
  places: PlaceDatum[];
  maxCommuters: number;
  originColor: Color;
  destinationColor: Color;
}

// Drawn in order, not by depth: the dots come after the arcs, so they stay on top (and win the pick)
// where many arcs meet at a town.
const IN_ORDER = { depthCompare: 'always', depthWriteEnabled: false } as const;

const defaultProps: DefaultProps<FlowArcsProps> = {
  flows: { type: 'array', value: [] },
  places: { type: 'array', value: [] },
  maxCommuters: 1000,
  originColor: { type: 'color', value: [49, 130, 189, 255] },
  destinationColor: { type: 'color', value: [230, 85, 13, 255] },
};

/**
 * Commuter flows as arcs (coloured from the origin's colour to the destination's, width by
 * commuters) over dots at the places they connect: one layer, so the panel has one entry and the
 * dots stay pickable for the per-municipality summary.
 */
export class FlowArcsLayer extends CompositeLayer<FlowArcsProps> {
  static override layerName = 'FlowArcsLayer';
  static override defaultProps = defaultProps;

  renderLayers() {
    const { flows, places, maxCommuters, originColor, destinationColor } = this.props;
    return [
      new ArcLayer<FlowDatum>(
        this.getSubLayerProps({
          id: 'arcs',
          data: flows,
          getSourcePosition: (d: FlowDatum) => d.from,
          getTargetPosition: (d: FlowDatum) => d.to,
          getSourceColor: originColor,
          getTargetColor: destinationColor,
          getWidth: (d: FlowDatum) => sqrtWidth(d.commuters, maxCommuters, 1, 14),
          widthUnits: 'pixels',
          getHeight: 0.4,
          parameters: IN_ORDER,
        }),
      ),
      new ScatterplotLayer<PlaceDatum>(
        this.getSubLayerProps({
          id: 'places',
          data: places,
          getPosition: (d: PlaceDatum) => d.geometry.coordinates,
          getRadius: (d: PlaceDatum) => sqrtWidth(d.total, 4 * maxCommuters, 3, 12),
          radiusUnits: 'pixels',
          getFillColor: [255, 255, 255, 235],
          getLineColor: [60, 60, 60, 255],
          stroked: true,
          lineWidthUnits: 'pixels',
          getLineWidth: 1.5,
          parameters: IN_ORDER,
        }),
      ),
    ];
  }
}
