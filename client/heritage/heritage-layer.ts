import type {
  ExpressionSpecification,
  FilterSpecification,
  GeoJSONSource,
  LayerSpecification,
  Map as MaplibreMap,
} from 'maplibre-gl';
import type { I18n } from '../i18n/i18n.ts';
import { heritagePopup, isNkp, kindLabel } from '../layers/heritage-layers.ts';
import { HERITAGE_COLORS, HERITAGE_KINDS, NKP_OUTLINE } from '../layers/palettes.ts';
import { text, type MaplibreThemeLayer } from '../layers/theme-layer.ts';
import type { CatalogSource } from '../state/catalog.ts';
import { registerHeritageIcons } from './heritage-icons.ts';

/** The layer's options in one place; every value says why it is what it is. */
export const HERITAGE_LAYER = {
  /** The open-data export: every site with all attributes in one small GeoJSON (≈ 40 kB). */
  dataPath: '/api/heritage/export?format=geojson',
  /** Above this zoom every site is its own icon (at 11 the region's towns are apart on screen). */
  clusterMaxZoom: 10,
  /** Sites closer than this many pixels merge into a cluster. */
  clusterRadius: 42,
  /** Names are written under the icons from this zoom on (below it they would collide). */
  labelMinZoom: 11,
  clusterColor: '#6b3d2e',
  /** The basemap's own glyphs (server/basemap/offline-style.ts BASEMAP_FONTS). */
  fontMedium: ['Noto Sans Medium'],
  fontRegular: ['Noto Sans Regular'],
} as const;

export const clusterLayerId = (sourceId: string) => `${sourceId}-clusters`;
export const iconLayerId = (sourceId: string) => `${sourceId}-icons`;

const ICON_IMAGE: ExpressionSpecification = [
  'concat',
  'heritage-',
  ['get', 'kind'],
  ['case', ['==', ['get', 'nkp'], true], '-nkp', ''],
];

/**
 * Castles, chateaux, ruins, museums and galleries as icons by kind (national monuments ringed gold),
 * merged into counted clusters at low zoom. Fed by the open-data export as clustered GeoJSON, so the
 * clusters are counted over the whole region, not per tile. A click on a cluster zooms into it.
 */
export function heritageLayer(source: CatalogSource): MaplibreThemeLayer {
  return {
    renderer: 'maplibre',
    source,
    sourceSpec: () => ({
      type: 'geojson',
      // Absolute: MapLibre fetches GeoJSON in its worker, where a path has no page to resolve against.
      data: new URL(HERITAGE_LAYER.dataPath, location.href).href,
      cluster: true,
      clusterMaxZoom: HERITAGE_LAYER.clusterMaxZoom,
      clusterRadius: HERITAGE_LAYER.clusterRadius,
      attribution: source.attribution,
      promoteId: 'id',
    }),
    prepare: (map, sourceId) => {
      registerHeritageIcons(map);
      map.on('click', clusterLayerId(sourceId), (event) => void zoomIntoCluster(map, sourceId, event));
      map.on('mouseenter', clusterLayerId(sourceId), () => (map.getCanvas().style.cursor = 'pointer'));
      map.on('mouseleave', clusterLayerId(sourceId), () => (map.getCanvas().style.cursor = ''));
    },
    styleLayers: (sourceId, opacity) => heritageStyleLayers(sourceId, opacity),
    interactiveLayerIds: (sourceId) => [iconLayerId(sourceId)],
    legend: (i18n) => [
      ...HERITAGE_KINDS.map((kind) => ({
        symbol: 'circle' as const,
        color: HERITAGE_COLORS[kind],
        outline: '#ffffff',
        label: i18n.t(`heritage.${kind}`),
      })),
      { symbol: 'circle', color: '#ffffff', outline: NKP_OUTLINE, label: i18n.t('heritage.nkpLegend') },
      {
        symbol: 'circle',
        color: HERITAGE_LAYER.clusterColor,
        outline: '#ffffff',
        label: i18n.t('heritageSearch.cluster', { count: 'N' }),
      },
    ],
    tooltip: (p, i18n) => `${text(p.name) ?? ''} (${kindLabel(p.kind, i18n)})${isNkp(p.nkp) ? ' ★' : ''}`,
    popup: (p, i18n: I18n) => heritagePopup(p, i18n),
  };
}

export function heritageStyleLayers(sourceId: string, opacity: number): LayerSpecification[] {
  const clustered: FilterSpecification = ['has', 'point_count'];
  return [
    {
      id: clusterLayerId(sourceId),
      type: 'circle',
      source: sourceId,
      filter: clustered,
      paint: {
        'circle-color': HERITAGE_LAYER.clusterColor,
        // 14 px for a pair, growing with the count; the region's ~116 sites never exceed the last step.
        'circle-radius': ['step', ['get', 'point_count'], 14, 5, 17, 15, 21, 40, 25],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
        'circle-opacity': 0.9 * opacity,
        'circle-stroke-opacity': opacity,
      },
    },
    {
      id: `${sourceId}-cluster-count`,
      type: 'symbol',
      source: sourceId,
      filter: clustered,
      layout: {
        'text-field': ['get', 'point_count_abbreviated'],
        'text-font': [...HERITAGE_LAYER.fontMedium],
        'text-size': 13,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': '#ffffff', 'text-opacity': opacity },
    },
    {
      id: iconLayerId(sourceId),
      type: 'symbol',
      source: sourceId,
      filter: ['!', clustered],
      layout: {
        'icon-image': ICON_IMAGE,
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
        // National monuments on top where icons overlap.
        'symbol-sort-key': ['case', ['==', ['get', 'nkp'], true], 1, 0],
        'text-field': ['step', ['zoom'], '', HERITAGE_LAYER.labelMinZoom, ['get', 'name']],
        'text-font': [...HERITAGE_LAYER.fontRegular],
        'text-size': 11,
        'text-offset': [0, 1.35],
        'text-anchor': 'top',
        'text-optional': true,
        'text-max-width': 9,
      },
      paint: {
        'icon-opacity': opacity,
        'text-color': '#3b2a20',
        'text-halo-color': '#ffffff',
        'text-halo-width': 1.3,
        'text-opacity': opacity,
      },
    },
  ];
}

async function zoomIntoCluster(
  map: MaplibreMap,
  sourceId: string,
  event: { features?: { properties: Record<string, unknown>; geometry: { type: string } }[] },
): Promise<void> {
  const feature = event.features?.[0];
  const clusterId = feature?.properties.cluster_id;
  const source = map.getSource<GeoJSONSource>(sourceId);
  if (typeof clusterId !== 'number' || !source || feature?.geometry.type !== 'Point') return;
  const zoom = await source.getClusterExpansionZoom(clusterId);
  const [lon, lat] = (feature.geometry as unknown as { coordinates: [number, number] }).coordinates;
  map.easeTo({ center: [lon, lat], zoom });
}
