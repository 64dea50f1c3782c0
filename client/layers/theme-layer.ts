import type { Layer } from '@deck.gl/core';
import type { LayerSpecification, Map as MaplibreMap, SourceSpecification } from 'maplibre-gl';
import type { ChartSpec } from '../charts/chart-spec.ts';
import type { I18n } from '../i18n/i18n.ts';
import type { CatalogSource } from '../state/catalog.ts';

/** Feature properties as they come out of a vector tile. */
export type Properties = Record<string, unknown>;

/** A legend entry: a swatch drawn like the layer draws the feature, and its label. */
export interface LegendItem {
  symbol: 'fill' | 'line' | 'circle';
  color: string;
  outline?: string;
  label: string;
}

/** What a popup shows: a title, label/value rows, an optional table, charts and links. */
export interface PopupContent {
  title: string;
  subtitle?: string;
  /** A short flag beside the title, e.g. "modelová data". */
  badge?: string;
  rows: [label: string, value: string][];
  table?: { caption: string; head: string[]; body: string[][]; highlightColumn?: number; note?: string };
  /** Small charts under the rows (sized for the popup by default), drawn with uPlot. */
  charts?: ChartSpec[];
  links?: { href: string; label: string }[];
}

/** Live callbacks a deck.gl layer needs from the map (readiness, redraw on load). */
export interface DeckLayerContext {
  opacity: number;
  /** Called when a tile or the whole viewport finished loading. */
  onLoad: () => void;
  /** The map style layer to draw under (lines go under the basemap's labels). */
  beforeId?: string;
}

interface ThemeLayerBase {
  source: CatalogSource;
  legend(i18n: I18n): LegendItem[];
  popup(props: Properties, i18n: I18n): PopupContent;
  /** One line for the hover tooltip. */
  tooltip(props: Properties, i18n: I18n): string;
  /** A fuller popup that needs a request (daily totals, summaries); replaces {@link popup} on arrival. */
  popupAsync?(props: Properties, i18n: I18n): Promise<PopupContent>;
  /** Controls of the layer's own (filters), shown with its legend while it is on. */
  controls?(i18n: I18n): HTMLElement;
  /** Follows the shared hour of day: the time panel is shown while such a layer is on. */
  timeDependent?: boolean;
}

/** A layer drawn by MapLibre itself (polygons, lines, dense points). */
export interface MaplibreThemeLayer extends ThemeLayerBase {
  renderer: 'maplibre';
  /** Style layers on `sourceId`; every `*-opacity` paint value already multiplied by `opacity`. */
  styleLayers(sourceId: string, opacity: number): LayerSpecification[];
  /** Style layers whose features answer hover and click (the others only decorate). */
  interactiveLayerIds(sourceId: string): string[];
  /** A source of its own instead of the catalog's vector tiles (clustered GeoJSON from an API). */
  sourceSpec?(): SourceSpecification;
  /** Runs once before the source and style layers are added (images, handlers of its own). */
  prepare?(map: MaplibreMap, sourceId: string): void;
}

/** A layer drawn by deck.gl inside MapLibre's WebGL context (thematic points, time-series lines, arcs). */
export interface DeckThemeLayer extends ThemeLayerBase {
  renderer: 'deck';
  deckLayer(context: DeckLayerContext): Layer;
}

export type ThemeLayer = MaplibreThemeLayer | DeckThemeLayer;

export const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== ''
    ? value
    : typeof value === 'number'
      ? String(value)
      : undefined;

export const num = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

/** Rows with no value are left out rather than shown empty. */
export function rows(...entries: [string, string | undefined][]): [string, string][] {
  return entries.filter((entry): entry is [string, string] => entry[1] !== undefined);
}
