import 'maplibre-gl/dist/maplibre-gl.css';
import './styles.css';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import type * as maplibregl from 'maplibre-gl';
import { FloodState } from './flood/flood-state.ts';
import { installFloodViews } from './flood/flood-views.ts';
import { heritageSearchTool } from './heritage/heritage-search-tool.ts';
import { EnergySettings } from './energy/energy-settings.ts';
import { rankingTool } from './energy/ranking-panel.ts';
import { I18n, initialLanguage } from './i18n/i18n.ts';
import { LayerController } from './layers/layer-controller.ts';
import { DEFAULT_LAYERS, themeLayers } from './layers/layer-registry.ts';
import { createMap } from './map/create-map.ts';
import { Readiness } from './map/readiness.ts';
import { createAppShell } from './panels/app-shell.ts';
import { bindFeatureInteraction } from './panels/feature-interaction.ts';
import { LayerPanel } from './panels/layer-panel.ts';
import { createTimePanel } from './panels/time-slider.ts';
import { ToolDrawer } from './panels/tool-drawer.ts';
import { ApiData } from './state/api-data.ts';
import { fetchAppConfig, fetchCatalog } from './state/catalog.ts';
import { FlowSettings } from './state/flow-settings.ts';
import { TimeState } from './state/time-state.ts';
import { bindUrlState } from './state/url-sync.ts';
import { parseUrlState } from './state/url-state.ts';

declare global {
  interface Window {
    /** Handles for end-to-end tests and debugging in the console. */
    __regiomap?: {
      map: maplibregl.Map;
      overlay: MapLibreOverlay;
      controller: LayerController;
      i18n: I18n;
      time: TimeState;
      tools: ToolDrawer;
      flood: FloodState;
    };
  }
}

async function main(): Promise<void> {
  const initial = parseUrlState(location.hash);
  const i18n = new I18n(initialLanguage(initial.lang));
  const shell = createAppShell(document.getElementById('app') ?? document.body, i18n);
  shell.status.textContent = i18n.t('loading');
  const [config, catalog] = await Promise.all([fetchAppConfig(), fetchCatalog()]);
  const map = createMap(shell.map, config.basemapStyleUrl, initial.view);
  map.on('error', (event) => console.error('map error:', event.error?.message ?? event));

  map.once('load', () => {
    // Added on `load`: the interleaved overlay must find the style to insert its layers into.
    const overlay = new MapLibreOverlay({
      interleaved: true,
      layers: [],
      onAfterRender: () => readiness.deckRendered(),
    });
    map.addControl(overlay);
    const time = new TimeState({
      ...(initial.hour === undefined ? {} : { hour: initial.hour }),
      ...(initial.day ? { day: initial.day } : {}),
    });
    const flows = new FlowSettings(initial.flows ?? {});
    const energy = new EnergySettings();
    const api = new ApiData();
    const live = { time, api };
    const flood = new FloodState(api, initial.at);
    const controller = new LayerController(
      map,
      overlay,
      themeLayers(catalog, { live, flows, flood, energy }),
      () => readiness.deckTileLoaded(),
    );
    const readiness = new Readiness(map, {
      maplibreSources: () => controller.activeMaplibreSources(),
      deckLoaded: () => controller.deckLoaded(),
      hasDeckLayers: () => controller.hasDeckLayers(),
      dataPending: () => api.pending() > 0,
    });
    // A new hour or filter: the layers ask for their data (readiness waits for it) and redraw on arrival.
    time.onChange(() => controller.refresh());
    flows.onChange(() => controller.refresh());
    energy.onChange(() => controller.refresh());
    api.onSettled(() => controller.refresh());
    const interaction = bindFeatureInteraction(map, overlay, controller, i18n);
    new LayerPanel(shell.panelBody, controller, i18n);
    createTimePanel(shell.map, time, controller, i18n);
    // Tools that need room (rankings, situation lists, search) register here, one file each.
    const tools = new ToolDrawer(shell.map, i18n);
    tools.add(rankingTool({ api, i18n, map, controller, interaction }));
    installFloodViews({ map, controller, tools, api, i18n, container: shell.map, flood });
    tools.add(heritageSearchTool({ map, controller, api, i18n, openPopup: interaction.openPopup }));
    controller.onChange((active) => {
      document.body.dataset.activeLayers = active.map((layer) => layer.id).join(',');
      readiness.busy();
    });
    i18n.onChange(() => {
      interaction.closePopup();
      readiness.busy();
    });
    bindUrlState(map, controller, i18n, time, flows, flood);
    controller.setActive(initial.layers ?? DEFAULT_LAYERS.map((id) => ({ id, opacity: 1 })));
    shell.status.textContent = '';
    window.__regiomap = { map, overlay, controller, i18n, time, tools, flood };
  });
}

main().catch((err: unknown) => {
  const message = err instanceof Error ? err.message : String(err);
  document.body.dataset.error = message;
  const status = document.querySelector('.status');
  if (status)
    status.textContent = new I18n(initialLanguage(parseUrlState(location.hash).lang)).t('loadError', {
      message,
    });
  console.error(err);
});
