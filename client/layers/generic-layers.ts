import type { LayerSpecification } from 'maplibre-gl';
import type { CatalogSource } from '../state/catalog.ts';
import { GENERIC_COLOR } from './palettes.ts';
import { text, type MaplibreThemeLayer, type Properties } from './theme-layer.ts';

/**
 * A catalog source this client has no dedicated design for: drawn plainly by geometry type, its
 * popup lists the fields the catalog declares. New server layers thus show up without a release.
 */
export function genericLayer(source: CatalogSource): MaplibreThemeLayer {
  const hover = ['boolean', ['feature-state', 'hover'], false] as const;
  const styleLayers = (sourceId: string, opacity: number): LayerSpecification[] => {
    const base = { source: sourceId, 'source-layer': source.id } as const;
    switch (source.geometryType) {
      case 'polygon':
        return [
          {
            id: `${sourceId}-fill`,
            type: 'fill',
            ...base,
            paint: {
              'fill-color': GENERIC_COLOR,
              'fill-opacity': ['case', [...hover], 0.5 * opacity, 0.25 * opacity],
            },
          },
          {
            id: `${sourceId}-line`,
            type: 'line',
            ...base,
            paint: { 'line-color': GENERIC_COLOR, 'line-opacity': opacity },
          },
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
      case 'point':
        return [
          {
            id: `${sourceId}-circle`,
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
