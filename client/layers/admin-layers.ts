import type { ExpressionSpecification } from 'maplibre-gl';
import type { I18n } from '../i18n/i18n.ts';
import type { CatalogSource } from '../state/catalog.ts';
import { BOUNDARY_COLOR, DENSITY_BREAKS, DENSITY_COLORS } from './palettes.ts';
import { num, rows, text, type LegendItem, type MaplibreThemeLayer } from './theme-layer.ts';

const HOVER: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];

/** Municipalities as a choropleth of population density, with a class legend. */
export function municipalityLayer(source: CatalogSource): MaplibreThemeLayer {
  const id = source.id;
  return {
    renderer: 'maplibre',
    source,
    styleLayers: (sourceId, opacity) => [
      {
        id: `${sourceId}-fill`,
        type: 'fill',
        source: sourceId,
        'source-layer': id,
        paint: {
          'fill-color': densityColor(),
          'fill-opacity': ['case', HOVER, 0.95 * opacity, 0.75 * opacity],
        },
      },
      {
        id: `${sourceId}-outline`,
        type: 'line',
        source: sourceId,
        'source-layer': id,
        paint: {
          'line-color': ['case', HOVER, '#222222', '#ffffff'],
          'line-width': ['case', HOVER, 2, 0.6],
          'line-opacity': 0.9 * opacity,
        },
      },
    ],
    interactiveLayerIds: (sourceId) => [`${sourceId}-fill`],
    legend: densityLegend,
    tooltip: (p) => text(p.name) ?? '',
    popup: (p, i18n) => {
      const density = num(p.density);
      const area = num(p.area_km2);
      const population = num(p.population);
      return {
        title: text(p.name) ?? '',
        subtitle: text(p.okres) && `${i18n.t('field.okres')} ${text(p.okres)}`,
        rows: rows(
          [i18n.t('field.population'), population === undefined ? undefined : i18n.number(population)],
          [i18n.t('field.area'), area === undefined ? undefined : `${i18n.number(area, 1)} km²`],
          [
            i18n.t('field.density'),
            density === undefined ? undefined : `${i18n.number(density, 1)} ${i18n.t('unit.density')}`,
          ],
          [i18n.t('field.code'), text(p.code) ?? text(p.id)],
        ),
      };
    },
  };
}

function densityColor(): ExpressionSpecification {
  const stops = DENSITY_BREAKS.flatMap((limit, i) => [limit, DENSITY_COLORS[i + 1] ?? '#000000']);
  return [
    'step',
    ['to-number', ['get', 'density'], 0],
    DENSITY_COLORS[0],
    ...stops,
  ] as ExpressionSpecification;
}

export function densityLegend(i18n: I18n): LegendItem[] {
  const unit = i18n.t('unit.density');
  return DENSITY_COLORS.map((color, i) => {
    const low = DENSITY_BREAKS[i - 1];
    const high = DENSITY_BREAKS[i];
    const label =
      low === undefined
        ? i18n.t('legend.below', { value: i18n.number(high ?? 0) })
        : high === undefined
          ? i18n.t('legend.above', { value: i18n.number(low) })
          : `${i18n.number(low)}–${i18n.number(high)}`;
    return { symbol: 'fill', color, outline: '#bdbdbd', label: `${label} ${unit}` };
  });
}

/** Region, districts and ORP: boundaries drawn as lines over the other layers, no fill. */
export function boundaryLayer(source: CatalogSource): MaplibreThemeLayer {
  const width = source.id === 'region' ? 3 : source.id === 'okresy' ? 2 : 1.4;
  return {
    renderer: 'maplibre',
    source,
    styleLayers: (sourceId, opacity) => [
      {
        // An invisible fill so that a click inside an area can name it.
        id: `${sourceId}-hit`,
        type: 'fill',
        source: sourceId,
        'source-layer': source.id,
        paint: { 'fill-color': BOUNDARY_COLOR, 'fill-opacity': ['case', HOVER, 0.12 * opacity, 0] },
      },
      {
        id: `${sourceId}-line`,
        type: 'line',
        source: sourceId,
        'source-layer': source.id,
        layout: { 'line-join': 'round' },
        paint: {
          'line-color': BOUNDARY_COLOR,
          'line-width': width,
          'line-opacity': opacity,
          ...(source.id === 'orp' ? { 'line-dasharray': [3, 2] } : {}),
        },
      },
    ],
    interactiveLayerIds: (sourceId) => [`${sourceId}-hit`],
    legend: (i18n) => [
      {
        symbol: 'line',
        color: BOUNDARY_COLOR,
        label: `${i18n.t('legend.boundary')}: ${i18n.pick(source.title)}`,
      },
    ],
    tooltip: (p) => text(p.name) ?? '',
    popup: (p, i18n) => ({
      title: text(p.name) ?? '',
      subtitle: i18n.pick(source.title),
      rows: rows([i18n.t('field.code'), text(p.code) ?? text(p.id)]),
    }),
  };
}
