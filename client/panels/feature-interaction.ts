import type { PickingInfo } from '@deck.gl/core';
import type { MapLibreOverlay } from '@deck.gl/maplibre';
import * as maplibregl from 'maplibre-gl';
import type { I18n } from '../i18n/i18n.ts';
import { sourceIdOf, type LayerController } from '../layers/layer-controller.ts';
import type { PopupContent, Properties, ThemeLayer } from '../layers/theme-layer.ts';
import { renderPopup, type PopupView } from './feature-popup.ts';

/** A feature under the pointer: its layer, properties and, for points, its own position. */
interface Hit {
  layer: ThemeLayer;
  properties: Properties;
  position?: [number, number];
  /** For MapLibre features: what feature state (hover highlight) is keyed by. */
  feature?: { source: string; sourceLayer: string; id: string | number };
}

const PICK_RADIUS = 5;

export interface FeatureInteraction {
  closePopup(): void;
  /** Opens a layer's popup for a feature found elsewhere (a ranking row, a search result). */
  openPopup(layer: ThemeLayer, properties: Properties, lngLat: maplibregl.LngLatLike): void;
}

/**
 * Hover (tooltip, highlight, pointer cursor) and click (popup) on every active layer. deck.gl
 * points are drawn on top, so they are picked first; MapLibre features otherwise.
 */
export function bindFeatureInteraction(
  map: maplibregl.Map,
  overlay: MapLibreOverlay,
  controller: LayerController,
  i18n: I18n,
): FeatureInteraction {
  const tooltip = document.createElement('div');
  tooltip.className = 'map-tooltip';
  tooltip.setAttribute('role', 'tooltip');
  tooltip.hidden = true;
  map.getContainer().append(tooltip);
  // The click handler below opens, moves and closes the popup itself: MapLibre's own close-on-click
  // would run after it and close the popup it just opened for the next feature.
  const popup = new maplibregl.Popup({
    maxWidth: '340px',
    focusAfterOpen: true,
    closeButton: true,
    closeOnClick: false,
  });
  let hovered: Hit['feature'];
  // Which click the popup shows: a late answer for an earlier click must not replace a newer popup.
  let clicks = 0;

  const pick = (point: maplibregl.Point): Hit | undefined => {
    const info = overlay.pickObject({ x: point.x, y: point.y, radius: PICK_RADIUS }) as PickingInfo | null;
    const deckHit = info?.object as
      { properties?: Properties; geometry?: { type: string; coordinates: unknown } } | undefined;
    const deckLayer = info?.layer && controller.get(info.layer.id.replace(/^deck-/, ''));
    if (deckHit?.properties && deckLayer) {
      const coords =
        deckHit.geometry?.type === 'Point' ? (deckHit.geometry.coordinates as [number, number]) : undefined;
      return { layer: deckLayer, properties: deckHit.properties, position: coords };
    }
    const layerIds = controller.layers
      .filter((layer) => layer.renderer === 'maplibre' && controller.isActive(layer.source.id))
      .flatMap((layer) =>
        layer.renderer === 'maplibre' ? layer.interactiveLayerIds(sourceIdOf(layer.source.id)) : [],
      );
    if (layerIds.length === 0) return undefined;
    const box: [maplibregl.PointLike, maplibregl.PointLike] = [
      [point.x - PICK_RADIUS, point.y - PICK_RADIUS],
      [point.x + PICK_RADIUS, point.y + PICK_RADIUS],
    ];
    const feature = map.queryRenderedFeatures(box, { layers: layerIds })[0];
    const layer = feature && controller.get(feature.source.replace(/^theme-/, ''));
    if (!feature || !layer) return undefined;
    const id = feature.id;
    return {
      layer,
      properties: feature.properties as Properties,
      position:
        feature.geometry.type === 'Point' ? (feature.geometry.coordinates as [number, number]) : undefined,
      feature:
        id === undefined ? undefined : { source: feature.source, sourceLayer: feature.sourceLayer ?? '', id },
    };
  };

  const setHovered = (feature: Hit['feature']) => {
    if (hovered?.id === feature?.id && hovered?.source === feature?.source) return;
    if (hovered) map.setFeatureState(hovered, { hover: false });
    hovered = feature;
    if (hovered) map.setFeatureState(hovered, { hover: true });
  };

  map.on('mousemove', (event) => {
    const hit = pick(event.point);
    setHovered(hit?.feature);
    map.getCanvas().style.cursor = hit ? 'pointer' : '';
    const label = hit?.layer.tooltip(hit.properties, i18n);
    tooltip.hidden = !label;
    if (label) {
      tooltip.textContent = label;
      tooltip.style.transform = `translate(${event.point.x + 12}px, ${event.point.y + 12}px)`;
    }
  });
  map.getCanvas().addEventListener('mouseleave', () => {
    setHovered(undefined);
    tooltip.hidden = true;
  });
  // The body shown and what frees it (charts) when it is replaced or the popup closes.
  let view: PopupView | undefined;
  const setContent = (content: PopupContent) => {
    view?.destroy();
    view = renderPopup(content);
    popup.setDOMContent(view.element);
  };
  popup.on('close', () => {
    view?.destroy();
    view = undefined;
  });

  const openPopup = (layer: ThemeLayer, properties: Properties, lngLat: maplibregl.LngLatLike) => {
    clicks += 1;
    tooltip.hidden = true;
    // Closed first: `addTo` on an open popup closes it, which would free the body just set.
    if (popup.isOpen()) popup.remove();
    popup.setLngLat(lngLat);
    setContent(layer.popup(properties, i18n));
    popup.addTo(map);
    const element = popup.getElement();
    element?.setAttribute('data-popup-layer', layer.source.id);
    element?.setAttribute('data-popup-state', layer.popupAsync ? 'loading' : 'complete');
    if (!layer.popupAsync) return;
    const click = clicks;
    void layer.popupAsync(properties, i18n).then((content) => {
      if (click !== clicks || !popup.isOpen()) return;
      setContent(content);
      popup.getElement()?.setAttribute('data-popup-state', 'complete');
    });
  };

  map.on('click', (event) => {
    const hit = pick(event.point);
    if (!hit) {
      clicks += 1;
      popup.remove();
      return;
    }
    openPopup(hit.layer, hit.properties, hit.position ?? event.lngLat);
  });
  return { closePopup: () => popup.remove(), openPopup };
}
