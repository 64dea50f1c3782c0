import { pointTileLayer } from '../layers/deck-points.ts';
import { rgba } from '../layers/palettes.ts';
import { num, rows, text, type DeckThemeLayer } from '../layers/theme-layer.ts';
import type { CatalogSource } from '../state/catalog.ts';
import { PV_COLOR } from './energy-palette.ts';
import { pvRadius } from './energy-style.ts';

/** The year the tiles' production figure covers (the ranking year of the energy model). */
const PRODUCTION_YEAR = 2025;

/** Photovoltaic systems on region-owned buildings (the `pv-systems` tiles), sized by capacity. */
export function pvLayer(source: CatalogSource): DeckThemeLayer {
  return {
    renderer: 'deck',
    source,
    deckLayer: (context) =>
      pointTileLayer(source, context, {
        fillColor: rgba(PV_COLOR, 230),
        lineColor: rgba('#7a5600'),
        lineWidth: 1.5,
        radius: (f) => pvRadius(f.properties.capacity_kwp),
      }),
    legend: (i18n) => [
      { symbol: 'circle', color: PV_COLOR, outline: '#7a5600', label: i18n.t('energy.pv.legend') },
    ],
    tooltip: (p, i18n) => {
      const kwp = num(p.capacity_kwp);
      return `${text(p.name) ?? ''}${kwp === undefined ? '' : `: ${i18n.number(kwp, 1)} kWp`}`;
    },
    popup: (p, i18n) => {
      const kwp = num(p.capacity_kwp);
      const kwh = num(p.production_kwh);
      return {
        title: text(p.name) ?? '',
        subtitle: i18n.t('energy.kind.pv'),
        badge: i18n.t('energy.modelled'),
        rows: rows(
          [i18n.t('energy.pv.capacity'), kwp === undefined ? undefined : `${i18n.number(kwp, 1)} kWp`],
          [
            i18n.t('energy.pv.production', { year: PRODUCTION_YEAR }),
            kwh === undefined ? undefined : `${i18n.number(kwh)} kWh`,
          ],
          [
            i18n.t('energy.pv.specificYield'),
            kwp && kwh !== undefined ? `${i18n.number(kwh / kwp)} kWh/kWp` : undefined,
          ],
          [i18n.t('field.code'), text(p.code)],
        ),
      };
    },
  };
}
