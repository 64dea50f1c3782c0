import type { CatalogSource } from '../state/catalog.ts';
import type { FlowSettings } from '../state/flow-settings.ts';
import { blueGreenLayer } from '../energy/blue-green-layer.ts';
import { buildingLayer } from '../energy/building-layer.ts';
import type { EnergySettings } from '../energy/energy-settings.ts';
import { pvLayer } from '../energy/pv-layer.ts';
import { heritageLayer } from '../heritage/heritage-layer.ts';
import { accidentLayer } from './accident-layer.ts';
import { boundaryLayer, municipalityLayer } from './admin-layers.ts';
import { fireStationLayer, hospitalLayer } from './emergency-layers.ts';
import type { FloodState } from '../flood/flood-state.ts';
import { gaugeStageLayer } from '../flood/gauge-stage-layer.ts';
import { rainLayer, rainSource } from '../flood/rain-layer.ts';
import { floodZoneLayer } from './flood-layers.ts';
import { genericLayer } from './generic-layers.ts';
import { flowsLayer, flowsSource } from './flows-layer.ts';
import type { LiveContext } from './live-context.ts';
import type { ThemeLayer } from './theme-layer.ts';
import { trafficLayer } from './traffic-layer.ts';
import { transitLoadLayer } from './transit-load-layer.ts';
import { transitStopLayer } from './transit-stop-layer.ts';
import { railwayLayer, stopLayer } from './transport-layers.ts';

/** What layers fed by the JSON APIs need beside their catalog source. */
export interface LayerDeps {
  live: LiveContext;
  flows: FlowSettings;
  energy: EnergySettings;
  flood: FloodState;
}

/** The design of each catalog source this client knows; unknown sources get the generic one. */
const FACTORIES: Record<string, (source: CatalogSource, deps: LayerDeps) => ThemeLayer> = {
  region: boundaryLayer,
  okresy: boundaryLayer,
  orp: boundaryLayer,
  municipalities: municipalityLayer,
  'flood-zones': floodZoneLayer,
  // Coloured by the flood stage of the live or replayed moment.
  gauges: (source, { flood, live }) => gaugeStageLayer(source, flood, live.api),
  // The road network is shown with its modelled traffic of the hour (class, speed in the popup).
  'road-segments': (source, { live }) => trafficLayer(source, live),
  'transit-segments': (source, { live }) => transitLoadLayer(source, live),
  'transit-stops': (source, { live }) => transitStopLayer(source, live),
  'accidents-night': accidentLayer,
  railways: railwayLayer,
  stops: stopLayer,
  'heritage-sites': heritageLayer,
  hospitals: hospitalLayer,
  'fire-stations': fireStationLayer,
  // Region-owned buildings coloured by savings or intensity (switchable), with charts in the popup.
  buildings: (source, { live, energy }) => buildingLayer(source, live, energy),
  'pv-systems': pvLayer,
  'blue-green': blueGreenLayer,
};

export function themeLayerFor(source: CatalogSource, deps: LayerDeps): ThemeLayer {
  return (FACTORIES[source.id] ?? genericLayer)(source, deps);
}

/**
 * Every layer the panel offers: the rain gauges (the gauge tiles under their own id, first so that
 * their circles lie under the stage dots), the catalog's, then those without tiles (commuter flows).
 */
export function themeLayers(catalog: CatalogSource[], deps: LayerDeps): ThemeLayer[] {
  const gauges = catalog.find((source) => source.id === 'gauges');
  return [
    ...(gauges ? [rainLayer(rainSource(gauges), deps.flood)] : []),
    ...catalog.map((source) => themeLayerFor(source, deps)),
    flowsLayer(flowsSource(), deps.live, deps.flows),
  ];
}

/** What the map shows when a link names no layers. */
export const DEFAULT_LAYERS = ['municipalities', 'flood-zones', 'gauges', 'heritage-sites'];
