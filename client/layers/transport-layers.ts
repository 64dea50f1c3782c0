import type { CatalogSource } from '../state/catalog.ts';
import { RAILWAY_COLOR, STOP_COLOR } from './palettes.ts';
import { rows, text, type MaplibreThemeLayer } from './theme-layer.ts';

/** Bus and tram stops: dense points (2,202), drawn by MapLibre as circles growing with zoom. */
export function stopLayer(source: CatalogSource): MaplibreThemeLayer {
  return {
    renderer: 'maplibre',
    source,
    styleLayers: (sourceId, opacity) => [
      {
        id: `${sourceId}-circle`,
        type: 'circle',
        source: sourceId,
        'source-layer': source.id,
        paint: {
          'circle-color': ['case', ['boolean', ['feature-state', 'hover'], false], '#f28e2b', STOP_COLOR],
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 9, 2, 13, 4, 16, 7],
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': ['interpolate', ['linear'], ['zoom'], 9, 0.5, 14, 1.5],
          'circle-opacity': opacity,
          'circle-stroke-opacity': opacity,
        },
      },
    ],
    interactiveLayerIds: (sourceId) => [`${sourceId}-circle`],
    legend: (i18n) => [
      { symbol: 'circle', color: STOP_COLOR, outline: '#ffffff', label: i18n.t('legend.stop') },
    ],
    tooltip: (p) => stopName(p.name),
    popup: (p, i18n) => ({
      title: stopName(p.name),
      rows: rows(
        [i18n.t('field.municipality'), text(p.municipality)],
        [i18n.t('field.okres'), text(p.okres)],
      ),
    }),
  };
}

/** JDF stop names are "obec,část,místo"; a reader expects commas followed by a space. */
function stopName(value: unknown): string {
  return (text(value) ?? '').split(',').filter(Boolean).join(', ');
}

/** Railway lines as a dark line with a white dash (the usual map sign for a railway). */
export function railwayLayer(source: CatalogSource): MaplibreThemeLayer {
  return {
    renderer: 'maplibre',
    source,
    styleLayers: (sourceId, opacity) => [
      {
        id: `${sourceId}-line`,
        type: 'line',
        source: sourceId,
        'source-layer': source.id,
        layout: { 'line-join': 'round', 'line-cap': 'round' },
        paint: {
          'line-color': ['case', ['boolean', ['feature-state', 'hover'], false], '#f28e2b', RAILWAY_COLOR],
          'line-width': ['interpolate', ['linear'], ['zoom'], 8, 2, 14, 5],
          'line-opacity': opacity,
        },
      },
      {
        id: `${sourceId}-dash`,
        type: 'line',
        source: sourceId,
        'source-layer': source.id,
        paint: {
          'line-color': '#ffffff',
          'line-width': ['interpolate', ['linear'], ['zoom'], 8, 0.8, 14, 2.5],
          'line-dasharray': [3, 3],
          'line-opacity': opacity,
        },
      },
    ],
    interactiveLayerIds: (sourceId) => [`${sourceId}-line`],
    legend: (i18n) => [{ symbol: 'line', color: RAILWAY_COLOR, label: i18n.t('legend.railway') }],
    tooltip: (p, i18n) => `${i18n.t('field.line')} ${text(p.line) ?? ''}`,
    popup: (p, i18n) => ({
      title: `${i18n.t('field.line')} ${text(p.line) ?? ''}`,
      subtitle: i18n.pick(source.title),
      rows: [],
    }),
  };
}
