import type { Map as MaplibreMap } from 'maplibre-gl';
import type { I18n } from '../i18n/i18n.ts';
import type { FloodState } from '../flood/flood-state.ts';
import { isLanguage } from '../i18n/i18n.ts';
import { FLOWS_ID } from '../layers/flows-layer.ts';
import type { LayerController } from '../layers/layer-controller.ts';
import type { FlowSettings } from './flow-settings.ts';
import type { TimeState } from './time-state.ts';
import { formatUrlState, parseUrlState } from './url-state.ts';

/**
 * Keeps the URL hash in step with the view, the active layers and the language (replacing the
 * history entry, so Back leaves the map rather than replaying every pan), and applies a hash the
 * user pastes or edits.
 */
export function bindUrlState(
  map: MaplibreMap,
  controller: LayerController,
  i18n: I18n,
  time: TimeState,
  flows: FlowSettings,
  flood: FloodState,
): void {
  let written = location.hash;
  const write = () => {
    const center = map.getCenter();
    const active = controller.activeLayers();
    // The hour and the flow filter only when a layer shown depends on them: links stay short.
    const timed = active.some(({ id }) => controller.get(id)?.timeDependent);
    const flowsOn = active.some(({ id }) => id === FLOWS_ID);
    written = formatUrlState({
      view: { zoom: map.getZoom(), lat: center.lat, lon: center.lng },
      layers: active,
      ...(timed ? { hour: time.hour, day: time.day } : {}),
      ...(flowsOn ? { flows: { min: flows.min, purpose: flows.purpose } } : {}),
      ...(flood.at ? { at: flood.at } : {}),
      lang: i18n.lang,
    });
    if (written !== location.hash) history.replaceState(history.state, '', written);
  };
  map.on('moveend', write);
  controller.onChange(write);
  i18n.onChange(write);
  time.onChange(write);
  flows.onChange(write);
  flood.onChange(write);

  window.addEventListener('hashchange', () => {
    if (location.hash === written) return;
    const state = parseUrlState(location.hash);
    if (state.view) map.jumpTo({ center: [state.view.lon, state.view.lat], zoom: state.view.zoom });
    time.set({
      ...(state.hour === undefined ? {} : { hour: state.hour }),
      ...(state.day ? { day: state.day } : {}),
    });
    if (state.flows) flows.set(state.flows);
    flood.setAt(state.at);
    if (state.layers) controller.setActive(state.layers);
    if (isLanguage(state.lang)) i18n.setLang(state.lang);
    write();
  });
}
