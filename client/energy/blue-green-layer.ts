import { MVTLayer } from '@deck.gl/geo-layers';
import type { I18n } from '../i18n/i18n.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { ourTiles } from '../layers/deck-points.ts';
import { rgba } from '../layers/palettes.ts';
import {
  num,
  rows,
  text,
  type DeckThemeLayer,
  type PopupContent,
  type Properties,
} from '../layers/theme-layer.ts';
import type { CatalogSource } from '../state/catalog.ts';
import { BLUE_GREEN_COLORS, BLUE_GREEN_KINDS, type BlueGreenKind } from './energy-palette.ts';

const isKind = (kind: unknown): kind is BlueGreenKind =>
  (BLUE_GREEN_KINDS as readonly unknown[]).includes(kind);
const kindColor = (kind: unknown) => (isKind(kind) ? BLUE_GREEN_COLORS[kind] : '#7f7f7f');
const kindLabel = (kind: unknown, i18n: I18n) =>
  isKind(kind) ? i18n.t(`energy.bg.${kind}` as MessageKey) : (text(kind) ?? '');

/**
 * Blue-green infrastructure (the `blue-green` tiles: green roofs, rain-water tanks, grey-water
 * systems, rain gardens, ponds, parks), coloured by kind. Points or areas alike: areas are filled
 * half-transparent with an outline, points drawn as dots.
 */
export function blueGreenLayer(source: CatalogSource): DeckThemeLayer {
  return {
    renderer: 'deck',
    source,
    deckLayer: (context) =>
      new MVTLayer({
        ...ourTiles(source, context),
        highlightColor: [255, 255, 0, 200],
        pointType: 'circle',
        stroked: true,
        filled: true,
        pointRadiusUnits: 'pixels',
        lineWidthUnits: 'pixels',
        getPointRadius: 6,
        getFillColor: (f) =>
          rgba(kindColor(f.properties.kind), f.geometry.type.endsWith('Point') ? 255 : 140),
        getLineColor: (f) =>
          f.geometry.type.endsWith('Point') ? [255, 255, 255, 255] : rgba(kindColor(f.properties.kind)),
        // Areas get a 2 px outline: a park or roof a pixel wide at region zoom still shows as a dot.
        getLineWidth: (f) => (f.geometry.type.endsWith('Point') ? 1.5 : 2),
      }),
    legend: (i18n) =>
      BLUE_GREEN_KINDS.map((kind) => ({
        symbol: 'circle' as const,
        color: BLUE_GREEN_COLORS[kind],
        outline: '#ffffff',
        label: kindLabel(kind, i18n),
      })),
    tooltip: (p, i18n) => `${text(p.name) ?? ''} (${kindLabel(p.kind, i18n)})`,
    popup: blueGreenPopup,
  };
}

export function blueGreenPopup(p: Properties, i18n: I18n): PopupContent {
  const m3 = (value: unknown, unit: string) => {
    const n = num(value);
    return n === undefined ? undefined : `${i18n.number(n)} ${unit}`;
  };
  return {
    title: text(p.name) ?? '',
    subtitle: kindLabel(p.kind, i18n),
    badge: i18n.t('energy.modelled'),
    rows: rows(
      [i18n.t('energy.bg.retained'), m3(p.retained_m3_year, i18n.t('energy.unit.m3Year'))],
      [i18n.t('energy.bg.potableSaved'), m3(p.potable_saved_m3_year, i18n.t('energy.unit.m3Year'))],
      [i18n.t('energy.bg.area'), m3(p.area_m2, 'm²')],
      [i18n.t('energy.bg.volume'), m3(p.volume_m3, 'm³')],
      [i18n.t('field.dataSource'), text(p.source)],
    ),
  };
}
