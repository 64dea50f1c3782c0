import type * as maplibregl from 'maplibre-gl';
import type { I18n } from '../i18n/i18n.ts';
import type { LayerController } from '../layers/layer-controller.ts';
import type { ToolDrawer } from '../panels/tool-drawer.ts';
import type { ApiData } from '../state/api-data.ts';
import { exposureSection } from './exposure-panel.ts';
import type { FloodState } from './flood-state.ts';
import { openLiveChannel } from './live-channel.ts';
import { PulseMarkers } from './pulse-markers.ts';
import { RAIN_ID } from './rain-layer.ts';
import { createReplayPanel } from './replay-panel.ts';
import { situationTool } from './situation-panel.ts';

export interface FloodViewDeps {
  map: maplibregl.Map;
  controller: LayerController;
  tools: ToolDrawer;
  api: ApiData;
  i18n: I18n;
  /** Where the replay panel goes (the map's container). */
  container: HTMLElement;
  flood: FloodState;
}

const GAUGES_ID = 'gauges';
/** Close enough to tell a gauge from its neighbours and see the flood zones around it. */
const FLY_ZOOM = 12;

/**
 * Everything of the flood theme that is not a layer: the live channel, the SPA 3 pulse, the
 * replay panel and the situation tool (with the exposure section). One call from main.ts.
 */
export function installFloodViews(deps: FloodViewDeps): void {
  const { map, controller, tools, api, i18n, flood } = deps;
  const floodLayerOn = () => controller.isActive(GAUGES_ID) || controller.isActive(RAIN_ID);
  const pulses = new PulseMarkers(map, flood, () => controller.isActive(GAUGES_ID));
  const replay = createReplayPanel(deps.container, flood, api, i18n);
  let live: (() => void) | undefined;
  const followLayers = () => {
    const on = floodLayerOn();
    replay.setVisible(on);
    pulses.update();
    // The live channel opens with the first flood layer shown and stays open (it is one connection).
    if (on && !live) live = openLiveChannel({ onStatus: (status) => flood.receiveLive(status) });
  };
  controller.onChange(followLayers);
  // A new moment or a live update: the gauge and rain layers restyle their loaded tiles.
  flood.onChange(() => controller.refresh());
  followLayers();

  const exposure = exposureSection(api, i18n, flood);
  tools.add(
    situationTool(
      flood,
      i18n,
      {
        flyTo: (gauge) => {
          controller.toggle(GAUGES_ID, true);
          map.flyTo({ center: [gauge.lon, gauge.lat], zoom: Math.max(map.getZoom(), FLY_ZOOM) });
        },
        showExposure: (gauge) => exposure.showGauge(gauge),
      },
      (body) => body.append(exposure.element),
    ),
  );
}
