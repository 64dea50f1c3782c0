import type { ExpressionSpecification } from 'maplibre-gl';
import type { I18n } from '../i18n/i18n.ts';
import type { MessageKey } from '../i18n/messages.ts';
import type { CatalogSource } from '../state/catalog.ts';
import { ZONE_COLORS, ZONE_KINDS } from './palettes.ts';
import {
  num,
  rows,
  text,
  type MaplibreThemeLayer,
  type PopupContent,
  type Properties,
} from './theme-layer.ts';

/** Flood zones Q5/Q20/Q100 and the active zone, coloured by kind, narrow zones on top. */
export function floodZoneLayer(source: CatalogSource): MaplibreThemeLayer {
  const byKind = (values: Record<string, string | number>, fallback: string | number) =>
    [
      'match',
      ['get', 'kind'],
      ...ZONE_KINDS.flatMap((k) => [k, values[k] ?? fallback]),
      fallback,
    ] as unknown as ExpressionSpecification;
  return {
    renderer: 'maplibre',
    source,
    styleLayers: (sourceId, opacity) => [
      {
        id: `${sourceId}-fill`,
        type: 'fill',
        source: sourceId,
        'source-layer': source.id,
        layout: { 'fill-sort-key': byKind({ Q100: 1, Q20: 2, Q5: 3, AZ: 4 }, 0) },
        paint: {
          'fill-color': byKind(ZONE_COLORS, '#999999'),
          'fill-opacity': [
            'case',
            ['boolean', ['feature-state', 'hover'], false],
            0.85 * opacity,
            0.55 * opacity,
          ],
        },
      },
      {
        id: `${sourceId}-outline`,
        type: 'line',
        source: sourceId,
        'source-layer': source.id,
        minzoom: 11,
        paint: { 'line-color': byKind(ZONE_COLORS, '#999999'), 'line-width': 0.8, 'line-opacity': opacity },
      },
    ],
    interactiveLayerIds: (sourceId) => [`${sourceId}-fill`],
    legend: (i18n) =>
      ZONE_KINDS.map((kind) => ({ symbol: 'fill', color: ZONE_COLORS[kind], label: i18n.t(`zone.${kind}`) })),
    tooltip: (p, i18n) => `${zoneLabel(p.kind, i18n)} – ${text(p.river) ?? ''}`,
    popup: (p, i18n) => ({
      title: zoneLabel(p.kind, i18n),
      subtitle: text(p.river),
      rows: rows([i18n.t('field.study'), text(p.study)], [i18n.t('field.declared'), text(p.declared)]),
    }),
  };
}

function zoneLabel(kind: unknown, i18n: I18n): string {
  const k = text(kind);
  return k && (ZONE_KINDS as readonly string[]).includes(k) ? i18n.t(`zone.${k}` as MessageKey) : (k ?? '');
}

const SPA_STEPS = [
  ['dry', 'spa.dry'],
  ['spa1', 'spa.1'],
  ['spa2', 'spa.2'],
  ['spa3', 'spa.3'],
  ['spa4', 'spa.4'],
] as const;

export function gaugePopup(p: Properties, i18n: I18n): PopupContent {
  const catchment = num(p.catchment_km2);
  const fmt = (value: unknown, digits: number) => {
    const n = num(value);
    return n === undefined ? '–' : i18n.number(n, digits);
  };
  const spaType = text(p.spa_type);
  const hasThresholds = SPA_STEPS.some(
    ([prefix]) => num(p[`${prefix}_h`]) !== undefined || num(p[`${prefix}_q`]) !== undefined,
  );
  const base = {
    title: text(p.name) ?? '',
    subtitle: text(p.river),
    rows: rows(
      [i18n.t('field.catchment'), catchment === undefined ? undefined : `${i18n.number(catchment, 1)} km²`],
      [i18n.t('field.station'), text(p.dbc) ?? text(p.id)],
    ),
  };
  if (!hasThresholds || (spaType !== 'H' && spaType !== 'Q')) {
    return { ...base, rows: [...base.rows, [i18n.t('spa.title'), i18n.t('spa.none')]] };
  }
  return {
    ...base,
    table: {
      caption: i18n.t('spa.title'),
      head: ['', i18n.t('spa.level'), i18n.t('spa.discharge')],
      body: SPA_STEPS.map(([prefix, label]) => [
        i18n.t(label),
        fmt(p[`${prefix}_h`], 0),
        fmt(p[`${prefix}_q`], 2),
      ]),
      // The column the thresholds are declared on (spa_type H = level, Q = discharge) is the one that counts.
      highlightColumn: spaType === 'H' ? 1 : 2,
      note: i18n.t(spaType === 'H' ? 'spa.appliesH' : 'spa.appliesQ'),
    },
  };
}
