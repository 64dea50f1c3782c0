import type { FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { CatalogSource } from '../state/catalog.ts';
import { GENERIC_COLOR } from './palettes.ts';
import { text, type MaplibreThemeLayer, type Properties } from './theme-layer.ts';

/** Where a style layer reads its features, optionally only some geometry kind. */
interface Base {
  source: string;
  'source-layer': string;
  filter?: FilterSpecification;
}

/**
 * A catalog source this client has no dedicated design for: drawn plainly by geometry type, its
 * popup lists the fields the catalog declares. New server layers thus show up without a release.
 */
export function genericLayer(source: CatalogSource): MaplibreThemeLayer {
  const hover = ['boolean', ['feature-state', 'hover'], false] as const;
  const areaLayers = (base: Base, opacity: number): LayerSpecification[] => [
    {
      id: `${base.source}-fill`,
      type: 'fill',
      ...base,
      paint: {
        'fill-color': GENERIC_COLOR,
        'fill-opacity': ['case', [...hover], 0.5 * opacity, 0.25 * opacity],
      },
    },
    {
      id: `${base.source}-line`,
      type: 'line',
      ...base,
      paint: { 'line-color': GENERIC_COLOR, 'line-opacity': opacity },
    },
  ];
  const pointLayers = (base: Base, opacity: number): LayerSpecification[] => [
    {
      id: `${base.source}-circle`,
      type: 'circle',
      ...base,
      paint: {
        'circle-color': GENERIC_COLOR,
        'circle-radius': ['case', [...hover], 7, 5],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1,
        'circle-opacity': opacity,
        'circle-stroke-opacity': opacity,
      },
    },
  ];
  const styleLayers = (sourceId: string, opacity: number): LayerSpecification[] => {
    const base = { source: sourceId, 'source-layer': source.id };
    switch (source.geometryType) {
      case 'polygon':
        return areaLayers(base, opacity);
      case 'point':
        return pointLayers(base, opacity);
      case 'mixed':
        // Areas and points of one layer: each style draws only its own kind.
        return [
          ...areaLayers({ ...base, filter: ['==', ['geometry-type'], 'Polygon'] }, opacity),
          ...pointLayers({ ...base, filter: ['==', ['geometry-type'], 'Point'] }, opacity),
        ];
      case 'line':
        return [
          {
            id: `${sourceId}-line`,
            type: 'line',
            ...base,
            paint: {
              'line-color': GENERIC_COLOR,
              'line-width': ['case', [...hover], 4, 2],
              'line-opacity': opacity,
            },
          },
        ];
    }
  };
  return {
    renderer: 'maplibre',
    source,
    styleLayers,
    interactiveLayerIds: (sourceId) => [styleLayers(sourceId, 1)[0]?.id ?? sourceId],
    legend: (i18n) => [
      {
        symbol: source.geometryType === 'point' ? 'circle' : source.geometryType === 'line' ? 'line' : 'fill',
        color: GENERIC_COLOR,
        label: i18n.pick(source.title),
      },
    ],
    tooltip: (p) => featureName(p) ?? source.id,
    popup: (p, i18n) => ({
      title: featureName(p) ?? i18n.pick(source.title),
      subtitle: i18n.pick(source.title),
      rows: Object.keys(source.fields)
        .map((field): [string, string | undefined] => [
          field,
          text(p[field]) ?? (typeof p[field] === 'boolean' ? String(p[field]) : undefined),
        ])
        .filter((row): row is [string, string] => row[1] !== undefined),
    }),
  };
}

function featureName(p: Properties): string | undefined {
  return text(p.name) ?? text(p.title) ?? text(p.id);
}
