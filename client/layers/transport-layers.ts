import type { CatalogSource } from '../state/catalog.ts';
import type { ExpressionSpecification } from 'maplibre-gl';
import type { MessageKey } from '../i18n/messages.ts';
import { RAILWAY_COLOR, ROAD_CLASSES, ROAD_COLORS, STOP_COLOR } from './palettes.ts';
import { num, rows, text, type MaplibreThemeLayer } from './theme-layer.ts';

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

const byRoadClass = (
  values: Record<(typeof ROAD_CLASSES)[number], number | string>,
  fallback: number | string,
) =>
  [
    'match',
    ['get', 'class'],
    ...ROAD_CLASSES.flatMap((c) => [c, values[c]]),
    fallback,
  ] as unknown as ExpressionSpecification;

/** Road segments by class (colour and width); the model network says so in its popup and badge. */
export function roadLayer(source: CatalogSource): MaplibreThemeLayer {
  const roadClass = (value: unknown) =>
    (ROAD_CLASSES as readonly unknown[]).includes(value)
      ? (`road.${String(value)}` as MessageKey)
      : undefined;
  return {
    renderer: 'maplibre',
    source,
    styleLayers: (sourceId, opacity) => [
      {
        id: `${sourceId}-line`,
        type: 'line',
        source: sourceId,
        'source-layer': source.id,
        layout: {
          'line-join': 'round',
          'line-cap': 'round',
          'line-sort-key': byRoadClass({ motorway: 5, I: 4, II: 3, III: 2, local: 1 }, 0),
        },
        paint: {
          'line-color': [
            'case',
            ['boolean', ['feature-state', 'hover'], false],
            '#1f78b4',
            byRoadClass(ROAD_COLORS, '#999999'),
          ],
          'line-width': [
            'interpolate',
            ['linear'],
            ['zoom'],
            8,
            byRoadClass({ motorway: 3, I: 2.4, II: 1.6, III: 1, local: 0.6 }, 0.6),
            14,
            byRoadClass({ motorway: 8, I: 6, II: 4.5, III: 3, local: 2 }, 2),
          ],
          'line-opacity': opacity,
        },
      },
    ],
    interactiveLayerIds: (sourceId) => [`${sourceId}-line`],
    legend: (i18n) =>
      ROAD_CLASSES.map((c) => ({
        symbol: 'line' as const,
        color: ROAD_COLORS[c],
        label: i18n.t(`road.${c}`),
      })),
    tooltip: (p, i18n) => {
      const key = roadClass(p.class);
      return key ? i18n.t(key) : i18n.pick(source.title);
    },
    popup: (p, i18n) => {
      const key = roadClass(p.class);
      const speed = num(p.speed_kmh);
      const length = num(p.length_m);
      const time = num(p.travel_time_s);
      const origin = text(p.source);
      return {
        title: text(p.name) ?? (key ? i18n.t(key) : i18n.pick(source.title)),
        subtitle: i18n.pick(source.title),
        rows: rows(
          [i18n.t('field.roadClass'), key && i18n.t(key)],
          [i18n.t('field.speed'), speed === undefined ? undefined : `${i18n.number(speed)} km/h`],
          [i18n.t('field.length'), length === undefined ? undefined : `${i18n.number(length / 1000, 2)} km`],
          [i18n.t('field.travelTime'), time === undefined ? undefined : `${i18n.number(time / 60, 1)} min`],
          [
            i18n.t('field.oneway'),
            p.oneway === true ? i18n.t('yes') : p.oneway === false ? i18n.t('no') : undefined,
          ],
          [
            i18n.t('field.dataSource'),
            origin && ['model', 'osm', 'import'].includes(origin)
              ? i18n.t(`road.source.${origin}` as MessageKey)
              : origin,
          ],
        ),
      };
    },
  };
}
