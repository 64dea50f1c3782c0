import type { CatalogSource } from '../state/catalog.ts';
import { boundaryLayer, municipalityLayer } from './admin-layers.ts';
import { fireStationLayer, hospitalLayer } from './emergency-layers.ts';
import { floodZoneLayer, gaugeLayer } from './flood-layers.ts';
import { genericLayer } from './generic-layers.ts';
import { heritageLayer } from './heritage-layers.ts';
import type { ThemeLayer } from './theme-layer.ts';
import { railwayLayer, roadLayer, stopLayer } from './transport-layers.ts';

/** The design of each catalog source this client knows; unknown sources get the generic one. */
const FACTORIES: Record<string, (source: CatalogSource) => ThemeLayer> = {
  region: boundaryLayer,
  okresy: boundaryLayer,
  orp: boundaryLayer,
  municipalities: municipalityLayer,
  'flood-zones': floodZoneLayer,
  gauges: gaugeLayer,
  'road-segments': roadLayer,
  railways: railwayLayer,
  stops: stopLayer,
  'heritage-sites': heritageLayer,
  hospitals: hospitalLayer,
  'fire-stations': fireStationLayer,
};

export function themeLayerFor(source: CatalogSource): ThemeLayer {
  return (FACTORIES[source.id] ?? genericLayer)(source);
}

/** What the map shows when a link names no layers. */
export const DEFAULT_LAYERS = ['municipalities', 'flood-zones', 'gauges', 'heritage-sites'];
