import type { ExpressionSpecification } from 'maplibre-gl';
import type { I18n } from '../i18n/i18n.ts';
import type { CatalogSource } from '../state/catalog.ts';
import { num, rows, text, type MaplibreThemeLayer, type Properties } from './theme-layer.ts';

/** Severity classes, worst first: an accident is drawn in the colour of its worst consequence. */
export const SEVERITIES = ['killed', 'severe', 'slight', 'material'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const SEVERITY_COLORS: Record<Severity, string> = {
  killed: '#1a1a1a',
  severe: '#d7191c',
  slight: '#fdae61',
  material: '#7b8fb8',
};

export function severityOf(p: Properties): Severity {
  if ((num(p.killed) ?? 0) > 0) return 'killed';
  if ((num(p.severely_injured) ?? 0) > 0) return 'severe';
  if ((num(p.slightly_injured) ?? 0) > 0) return 'slight';
  return 'material';
}

const gt0 = (field: string) => ['>', ['coalesce', ['get', field], 0], 0] as ExpressionSpecification;
const SEVERITY_EXPR = [
  'case',
  gt0('killed'),
  SEVERITY_COLORS.killed,
  gt0('severely_injured'),
  SEVERITY_COLORS.severe,
  gt0('slightly_injured'),
  SEVERITY_COLORS.slight,
  SEVERITY_COLORS.material,
] as unknown as ExpressionSpecification;
// The worst on top: material damage first, fatalities last.
const SORT_EXPR = [
  'case',
  gt0('killed'),
  3,
  gt0('severely_injured'),
  2,
  gt0('slightly_injured'),
  1,
  0,
] as unknown as ExpressionSpecification;

/** Night-time road accidents (thousands of points): MapLibre circles coloured by severity. */
export function accidentLayer(source: CatalogSource): MaplibreThemeLayer {
  const label = (p: Properties, i18n: I18n) => i18n.t(`accident.sev.${severityOf(p)}`);
  return {
    renderer: 'maplibre',
    source,
    styleLayers: (sourceId, opacity) => [
      {
        id: `${sourceId}-circle`,
        type: 'circle',
        source: sourceId,
        'source-layer': source.id,
        layout: { 'circle-sort-key': SORT_EXPR },
        paint: {
          'circle-color': ['case', ['boolean', ['feature-state', 'hover'], false], '#ffd700', SEVERITY_EXPR],
          'circle-radius': [
            'interpolate',
            ['linear'],
            ['zoom'],
            10,
            ['case', gt0('killed'), 4, gt0('severely_injured'), 3, 2],
            15,
            ['case', gt0('killed'), 9, gt0('severely_injured'), 7, 5],
          ],
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': ['interpolate', ['linear'], ['zoom'], 10, 0.3, 14, 1],
          'circle-opacity': 0.9 * opacity,
          'circle-stroke-opacity': opacity,
        },
      },
    ],
    interactiveLayerIds: (sourceId) => [`${sourceId}-circle`],
    legend: (i18n) =>
      SEVERITIES.map((s) => ({
        symbol: 'circle' as const,
        color: SEVERITY_COLORS[s],
        outline: '#ffffff',
        label: i18n.t(`accident.sev.${s}`),
      })),
    tooltip: (p, i18n) => `${text(p.date) ?? ''} – ${label(p, i18n)}`,
    popup: (p, i18n) => {
      const hour = num(p.hour);
      const count = (field: string) => i18n.number(num(p[field]) ?? 0);
      return {
        title: `${i18n.t('accident.title')} ${text(p.date) ?? ''}`,
        subtitle: label(p, i18n),
        rows: rows(
          [i18n.t('accident.date'), text(p.date)],
          [
            i18n.t('accident.hour'),
            hour === undefined
              ? undefined
              : `${String(hour).padStart(2, '0')}:00–${String(hour).padStart(2, '0')}:59`,
          ],
          [i18n.t('field.kind'), text(p.kind)],
          [i18n.t('accident.killed'), count('killed')],
          [i18n.t('accident.severelyInjured'), count('severely_injured')],
          [i18n.t('accident.slightlyInjured'), count('slightly_injured')],
        ),
      };
    },
  };
}
