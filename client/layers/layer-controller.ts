import type { Layer } from '@deck.gl/core';
import type { MapLibreOverlay } from '@deck.gl/maplibre';
import * as maplibregl from 'maplibre-gl';
import { basemapLayersDuplicating, thematicBeforeLayerId } from '../map/create-map.ts';
import type { ThemeLayer } from './theme-layer.ts';

/** An active layer and its opacity (0–1), in the order the panel lists them. */
export interface ActiveLayer {
  id: string;
  opacity: number;
}

type Listener = (active: ActiveLayer[]) => void;

// Polygons at the bottom, then boundaries, lines and points, whatever order the catalog has.
const DRAW_ORDER: Record<string, number> = {
  municipalities: 0,
  'flood-zones': 1,
  region: 3,
  okresy: 3,
  orp: 3,
};
const drawRank = (layer: ThemeLayer) =>
  DRAW_ORDER[layer.source.id] ?? { polygon: 2, mixed: 3, line: 4, point: 5 }[layer.source.geometryType];

/** The MapLibre source id of a thematic layer (kept apart from the basemap's own sources). */
export const sourceIdOf = (id: string) => `theme-${id}`;

/**
 * Switches thematic layers on and off and sets their opacity: MapLibre layers by visibility and
 * paint properties (sources and layers are added once, so tiles already loaded are reused), deck.gl
 * layers by the list handed to the overlay. Keeps the attribution in step with what is shown.
 */
export class LayerController {
  private active = new Map<string, number>();
  private listeners: Listener[] = [];
  private deckLayers: Layer[] = [];
  private attribution: maplibregl.AttributionControl | undefined;
  private attributionKey = '';

  constructor(
    private readonly map: maplibregl.Map,
    private readonly overlay: MapLibreOverlay,
    readonly layers: ThemeLayer[],
    private readonly onDeckTileLoad: () => void,
  ) {
    for (const layer of [...layers].sort((a, b) => drawRank(a) - drawRank(b))) {
      if (layer.renderer !== 'maplibre') continue;
      const { source } = layer;
      const before = thematicBeforeLayerId(map, source.geometryType);
      layer.prepare?.(map, sourceIdOf(source.id));
      map.addSource(
        sourceIdOf(source.id),
        layer.sourceSpec?.() ?? {
          type: 'vector',
          tiles: [source.tiles],
          minzoom: source.minzoom,
          maxzoom: source.maxzoom,
          attribution: source.attribution,
          // Hover highlight uses feature state, keyed by the table id every feature carries.
          promoteId: 'id',
        },
      );
      for (const spec of layer.styleLayers(sourceIdOf(source.id), 1)) {
        map.addLayer(
          { ...spec, layout: { ...spec.layout, visibility: 'none' } } as maplibregl.AddLayerObject,
          before,
        );
      }
    }
  }

  get(id: string): ThemeLayer | undefined {
    return this.layers.find((layer) => layer.source.id === id);
  }

  activeLayers(): ActiveLayer[] {
    return [...this.active].map(([id, opacity]) => ({ id, opacity }));
  }

  isActive(id: string): boolean {
    return this.active.has(id);
  }

  opacity(id: string): number {
    return this.active.get(id) ?? 1;
  }

  /** Replaces the whole set (restoring a link); unknown ids are ignored. */
  setActive(layers: ActiveLayer[]): void {
    this.active = new Map(layers.filter(({ id }) => this.get(id)).map(({ id, opacity }) => [id, opacity]));
    this.apply();
  }

  toggle(id: string, on: boolean): void {
    if (on === this.active.has(id) || !this.get(id)) return;
    if (on) this.active.set(id, 1);
    else this.active.delete(id);
    this.apply();
  }

  setOpacity(id: string, opacity: number): void {
    if (!this.active.has(id)) return;
    this.active.set(id, Math.min(1, Math.max(0, opacity)));
    this.apply();
  }

  /** Rebuilds the active layers (new data for the hour, a changed filter); tiles loaded are kept. */
  refresh(): void {
    this.apply();
  }

  onChange(listener: Listener): void {
    this.listeners.push(listener);
  }

  /** Active MapLibre sources, for the readiness signal. */
  activeMaplibreSources(): string[] {
    return this.layers
      .filter((l) => l.renderer === 'maplibre' && this.active.has(l.source.id))
      .map((l) => sourceIdOf(l.source.id));
  }

  /** Ids of the deck.gl layers handed to the overlay (for tests and debugging). */
  deckLayerIds(): string[] {
    return this.deckLayers.map((layer) => layer.id);
  }

  deckLoaded(): boolean {
    return this.deckLayers.every((layer) => layer.isLoaded);
  }

  hasDeckLayers(): boolean {
    return this.deckLayers.length > 0;
  }

  private apply(): void {
    this.deckLayers = [];
    for (const layer of this.layers) {
      const on = this.active.has(layer.source.id);
      const opacity = this.opacity(layer.source.id);
      if (layer.renderer === 'deck') {
        // Lines under the basemap's labels (interleaved deck honours `beforeId`); points stay on top.
        const beforeId =
          layer.source.geometryType === 'line' ? thematicBeforeLayerId(this.map, 'line') : undefined;
        if (on) this.deckLayers.push(layer.deckLayer({ opacity, onLoad: this.onDeckTileLoad, beforeId }));
        continue;
      }
      for (const basemapLayer of basemapLayersDuplicating(this.map, layer.source.id)) {
        this.map.setLayoutProperty(basemapLayer, 'visibility', on ? 'none' : 'visible');
      }
      for (const spec of layer.styleLayers(sourceIdOf(layer.source.id), opacity)) {
        this.map.setLayoutProperty(spec.id, 'visibility', on ? 'visible' : 'none');
        if (!on || !('paint' in spec) || !spec.paint) continue;
        for (const [property, value] of Object.entries(spec.paint)) {
          if (property.endsWith('-opacity'))
            this.map.setPaintProperty(spec.id, property as 'fill-opacity', value);
        }
      }
    }
    this.overlay.setProps({ layers: this.deckLayers });
    this.updateAttribution();
    const active = this.activeLayers();
    for (const listener of this.listeners) listener(active);
  }

  /**
   * MapLibre credits the sources of visible style layers by itself; deck.gl layers have no MapLibre
   * source, so their credits are given as custom attribution (the control is rebuilt when they change).
   */
  private updateAttribution(): void {
    const credits = [
      ...new Set(
        this.layers
          .filter((l) => l.renderer === 'deck' && this.active.has(l.source.id) && l.source.attribution)
          .map((l) => l.source.attribution),
      ),
    ];
    const key = credits.join('\n');
    if (this.attribution && key === this.attributionKey) return;
    if (this.attribution) this.map.removeControl(this.attribution);
    this.attribution = new maplibregl.AttributionControl({ customAttribution: credits });
    this.attributionKey = key;
    this.map.addControl(this.attribution, 'bottom-right');
    // On a phone MapLibre shows the compact attribution opened, over a third of the map; start it
    // closed behind its (i) button, which opens it.
    const container = this.map
      .getContainer()
      .querySelector('.maplibregl-ctrl-attrib.maplibregl-compact-show');
    container?.querySelector<HTMLElement>('.maplibregl-ctrl-attrib-button')?.click();
  }
}
