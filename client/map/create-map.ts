import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { UrlState } from '../state/url-state.ts';
import type { GeometryType } from '../state/catalog.ts';

// The bundle cannot locate MapLibre's worker by itself; Vite emits it as a hashed asset.
maplibregl.setWorkerUrl(workerUrl);

/** The Liberec Region, with a little margin (lon/lat). */
export const REGION_BOUNDS: [number, number, number, number] = [14.3, 50.45, 15.65, 51.05];

/**
 * The MapLibre map on `container`, opened on the view of a shared link or on the whole region.
 * Attribution is added by the caller (it depends on the active layers).
 */
export function createMap(container: HTMLElement, styleUrl: string, view: UrlState['view']): maplibregl.Map {
  const map = new maplibregl.Map({
    container,
    style: styleUrl,
    ...(view
      ? { center: [view.lon, view.lat] as [number, number], zoom: view.zoom }
      : { bounds: REGION_BOUNDS, fitBoundsOptions: { padding: 10 } }),
    minZoom: 6,
    maxZoom: 18,
    maxBounds: [12.0, 49.5, 18.0, 52.0],
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
  });
  map.touchZoomRotate.disableRotation();
  map.keyboard.enable();
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'top-left');
  return map;
}

/** What our offline basemap says about itself in its style metadata (absent from external styles). */
function basemapMetadata(map: maplibregl.Map): Record<string, unknown> {
  return (map.getStyle().metadata as Record<string, unknown> | undefined) ?? {};
}

/**
 * Where thematic style layers go: polygons under the layer our offline basemap names in its
 * metadata (its boundaries, railways and labels stay on top), lines and points under the first
 * label layer; in an external style, everything under its first label layer.
 */
export function thematicBeforeLayerId(map: maplibregl.Map, geometryType: GeometryType): string | undefined {
  const named = basemapMetadata(map)['regiomap:thematic-before'];
  if (geometryType === 'polygon' && typeof named === 'string' && map.getLayer(named)) return named;
  return map.getStyle().layers.find((layer) => layer.type === 'symbol')?.id;
}

/** Basemap layers showing the same features as thematic source `id` (hidden while it is on). */
export function basemapLayersDuplicating(map: maplibregl.Map, id: string): string[] {
  const duplicated = basemapMetadata(map)['regiomap:duplicated-by'] as Record<string, unknown> | undefined;
  const layers = duplicated?.[id];
  return Array.isArray(layers)
    ? layers.filter((layer): layer is string => typeof layer === 'string' && !!map.getLayer(layer))
    : [];
}
