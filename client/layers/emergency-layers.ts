import type { CatalogSource } from '../state/catalog.ts';
import { pointTileLayer } from './deck-points.ts';
import { FIRE_COLORS, HOSPITAL_COLOR, rgba } from './palettes.ts';
import { rows, text, type DeckThemeLayer } from './theme-layer.ts';

/** Hospitals (GISCO healthcare): one colour, a larger dot. */
export function hospitalLayer(source: CatalogSource): DeckThemeLayer {
  return {
    renderer: 'deck',
    source,
    deckLayer: (context) =>
      pointTileLayer(source, context, { fillColor: rgba(HOSPITAL_COLOR), radius: 8, lineWidth: 2 }),
    legend: (i18n) => [
      { symbol: 'circle', color: HOSPITAL_COLOR, outline: '#ffffff', label: i18n.t('legend.hospital') },
    ],
    tooltip: (p) => text(p.name) ?? '',
    popup: (p, i18n) => {
      const url = text(p.url);
      return {
        title: text(p.name) ?? '',
        subtitle: text(p.facility_type),
        rows: rows([i18n.t('field.city'), text(p.city)], [i18n.t('field.address'), text(p.address)]),
        links: url && /^https?:\/\//i.test(url) ? [{ href: url, label: i18n.t('field.website') }] : [],
      };
    },
  };
}

/** Fire stations, professional (HZS) and volunteer (JSDH) in two colours. */
export function fireStationLayer(source: CatalogSource): DeckThemeLayer {
  const color = (kind: unknown) =>
    kind === 'professional' ? FIRE_COLORS.professional : FIRE_COLORS.volunteer;
  return {
    renderer: 'deck',
    source,
    deckLayer: (context) =>
      pointTileLayer(source, context, {
        fillColor: (f) => rgba(color(f.properties.kind)),
        radius: (f) => (f.properties.kind === 'professional' ? 8 : 6),
      }),
    legend: (i18n) => [
      {
        symbol: 'circle',
        color: FIRE_COLORS.professional,
        outline: '#ffffff',
        label: i18n.t('fire.professional'),
      },
      { symbol: 'circle', color: FIRE_COLORS.volunteer, outline: '#ffffff', label: i18n.t('fire.volunteer') },
    ],
    tooltip: (p) => text(p.name) ?? '',
    popup: (p, i18n) => ({
      title: text(p.name) ?? '',
      subtitle: i18n.t(p.kind === 'professional' ? 'fire.professional' : 'fire.volunteer'),
      rows: rows(
        [i18n.t('field.operator'), text(p.operator)],
        [i18n.t('field.municipality'), text(p.municipality)],
        [i18n.t('field.address'), text(p.address)],
      ),
    }),
  };
}
