import type { Map as MaplibreMap } from 'maplibre-gl';
import type { I18n } from '../i18n/i18n.ts';
import { isLanguage } from '../i18n/i18n.ts';
import type { LayerController } from '../layers/layer-controller.ts';
import { formatUrlState, parseUrlState } from './url-state.ts';

/**
 * Keeps the URL hash in step with the view, the active layers and the language (replacing the
 * history entry, so Back leaves the map rather than replaying every pan), and applies a hash the
 * user pastes or edits.
 */
export function bindUrlState(map: MaplibreMap, controller: LayerController, i18n: I18n): void {
  let written = location.hash;
  const write = () => {
    const center = map.getCenter();
    written = formatUrlState({
      view: { zoom: map.getZoom(), lat: center.lat, lon: center.lng },
      layers: controller.activeLayers(),
      lang: i18n.lang,
    });
    if (written !== location.hash) history.replaceState(history.state, '', written);
  };
  map.on('moveend', write);
  controller.onChange(write);
  i18n.onChange(write);

  window.addEventListener('hashchange', () => {
    if (location.hash === written) return;
    const state = parseUrlState(location.hash);
    if (state.view) map.jumpTo({ center: [state.view.lon, state.view.lat], zoom: state.view.zoom });
    if (state.layers) controller.setActive(state.layers);
    if (isLanguage(state.lang)) i18n.setLang(state.lang);
    write();
  });
}
