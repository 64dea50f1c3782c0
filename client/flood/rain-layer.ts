import { MVTLayer } from '@deck.gl/geo-layers';
import type { I18n } from '../i18n/i18n.ts';
import { cs, en } from '../i18n/messages.ts';
import { ourTiles } from '../layers/deck-points.ts';
import { rgba } from '../layers/palettes.ts';
import { text, type DeckThemeLayer, type Properties } from '../layers/theme-layer.ts';
import type { CatalogSource } from '../state/catalog.ts';
import type { GaugeStatus } from './flood-api.ts';
import { formatMoment, formatRain } from './flood-format.ts';
import type { FloodState } from './flood-state.ts';
import { statusById } from './gauge-stage-layer.ts';

export const RAIN_ID = 'rain-gauges';

/** 24-hour rain classes (mm, lower bounds) and their colours: purples, apart from the zones' blues. */
export const RAIN_BREAKS = [0.1, 10, 30, 60] as const;
export const RAIN_COLORS = ['#dadaeb', '#9e9ac8', '#6a51a3', '#3f007d'] as const;
/** Rain at which the circle reaches its largest radius; heavier rain is drawn as large. */
const RAIN_MAX_MM = 100;

export function rainClass(mm: number): number {
  let k = -1;
  for (const [i, bound] of RAIN_BREAKS.entries()) if (mm >= bound) k = i;
  return k;
}

/** Circle radius in pixels: area proportional to the rain, a dot for a dry gauge. */
export function rainRadius(mm: number | null): number {
  if (mm === null || mm < RAIN_BREAKS[0]) return 3;
  return 5 + 17 * Math.sqrt(Math.min(mm, RAIN_MAX_MM) / RAIN_MAX_MM);
}

/**
 * The rain gauges: the same ČHMÚ stations (their rain readings come with the water readings), so
 * their panel entry is the gauge source under its own id and title; they are drawn as circles
 * sized and coloured by the last 24 hours of rain at the shown moment.
 */
export function rainSource(gauges: CatalogSource): CatalogSource {
  return {
    ...gauges,
    id: RAIN_ID,
    title: { cs: cs['flood.rain.title'], en: en['flood.rain.title'] },
    description: { cs: cs['flood.rain.description'], en: en['flood.rain.description'] },
    modelled: true,
  };
}

export function rainLayer(source: CatalogSource, flood: FloodState): DeckThemeLayer {
  const gaugeOf = (p: Properties): GaugeStatus | undefined => {
    const status = flood.status();
    const id = text(p.id);
    return status && id !== undefined ? statusById(status).get(id) : undefined;
  };
  const rainOf = (p: Properties) => gaugeOf(p)?.precipitation_24h_mm ?? null;
  return {
    renderer: 'deck',
    source,
    deckLayer: (context) => {
      const trigger = flood.status()?.asOf ?? 'none';
      return new MVTLayer({
        ...ourTiles(source, context),
        highlightColor: [255, 255, 0, 160],
        pointType: 'circle',
        stroked: true,
        filled: true,
        pointRadiusUnits: 'pixels',
        lineWidthUnits: 'pixels',
        getPointRadius: (f: { properties: Properties }) => rainRadius(rainOf(f.properties)),
        getFillColor: (f: { properties: Properties }) => {
          const k = rainClass(rainOf(f.properties) ?? 0);
          return k < 0 ? [255, 255, 255, 200] : rgba(RAIN_COLORS[k] ?? '#3f007d', 190);
        },
        getLineColor: [63, 0, 125, 255],
        getLineWidth: 1,
        updateTriggers: { getPointRadius: trigger, getFillColor: trigger },
      });
    },
    legend: (i18n: I18n) => [
      { symbol: 'circle', color: '#ffffff', outline: '#3f007d', label: i18n.t('flood.rain.none') },
      ...RAIN_COLORS.map((color, k) => ({
        symbol: 'circle' as const,
        color,
        outline: '#3f007d',
        label: i18n.t('flood.rain.legend', {
          mm:
            k + 1 < RAIN_BREAKS.length
              ? `${i18n.number(RAIN_BREAKS[k] ?? 0, 1)}–${i18n.number(RAIN_BREAKS[k + 1] ?? 0, 1)}`
              : `≥ ${i18n.number(RAIN_BREAKS[k] ?? 0, 1)}`,
        }),
      })),
    ],
    tooltip: (p, i18n) => `${text(p.name) ?? ''}: ${formatRain(rainOf(p), i18n)} / 24 h`,
    popup: (p, i18n) => {
      const g = gaugeOf(p);
      return {
        title: text(p.name) ?? '',
        subtitle: i18n.pick(source.title),
        rows: [
          [i18n.t('flood.field.rain1h'), formatRain(g?.precipitation_1h_mm ?? null, i18n)],
          [i18n.t('flood.field.rain24h'), formatRain(g?.precipitation_24h_mm ?? null, i18n)],
          [i18n.t('flood.field.asOf'), formatMoment(flood.status()?.asOf, i18n)],
          [i18n.t('field.dataSource'), i18n.t('flood.modelledReadings')],
        ],
      };
    },
  };
}
