import type { I18n } from '../i18n/i18n.ts';
import { pointTileLayer } from '../layers/deck-points.ts';
import type { LiveContext } from '../layers/live-context.ts';
import { rgba } from '../layers/palettes.ts';
import { num, text, type DeckThemeLayer } from '../layers/theme-layer.ts';
import { el } from '../panels/dom.ts';
import { renderLegend } from '../panels/legend.ts';
import type { CatalogSource } from '../state/catalog.ts';
import {
  buildingUrl,
  openAlertsUrl,
  seriesUrl,
  type AlertsAnswer,
  type BuildingDetail,
  type SeriesAnswer,
} from './energy-api.ts';
import { buildingPopup } from './building-popup.ts';
import type { EnergySettings } from './energy-settings.ts';
import { COLOR_MODES, buildingColor, buildingRadius, colorLegend } from './energy-style.ts';

/** The modelled readings run over these local dates (see data/README.md, energy model). */
export const SERIES_FROM = '2025-01-01';
export const SERIES_TO = '2026-03-01';

/**
 * Region-owned buildings (the `buildings` tiles: register, yearly statistics snapshot) as dots
 * sized by floor area and coloured by savings potential or by intensity against the benchmark.
 * The popup adds monthly and daily charts and the open faults from the energy API.
 */
export function buildingLayer(
  source: CatalogSource,
  live: LiveContext,
  settings: EnergySettings,
): DeckThemeLayer {
  return {
    renderer: 'deck',
    source,
    deckLayer: (context) => {
      const mode = settings.colorMode;
      const layer = pointTileLayer(source, context, {
        fillColor: (f) => rgba(buildingColor(f.properties, mode)),
        radius: (f) => buildingRadius(f.properties.floor_area_m2),
        lineWidth: (f) => ((num(f.properties.open_alerts) ?? 0) > 0 ? 2.5 : 1),
        lineColor: (f) => rgba((num(f.properties.open_alerts) ?? 0) > 0 ? '#000000' : '#ffffff'),
      });
      // A new colour mode restyles the tiles already loaded instead of fetching them again.
      return layer.clone({ updateTriggers: { getFillColor: mode } });
    },
    legend: (i18n) => colorLegend(settings.colorMode, i18n),
    controls: (i18n) => colorControls(settings, i18n),
    tooltip: (p, i18n) => {
      const savings = num(p.savings_czk);
      return savings === undefined
        ? (text(p.name) ?? '')
        : `${text(p.name) ?? ''}: ${i18n.number(savings)} ${i18n.t('energy.unit.czkYear')}`;
    },
    popup: (p, i18n) => buildingPopup(p, i18n),
    popupAsync: async (p, i18n) => {
      const id = num(p.id);
      if (id === undefined) return buildingPopup(p, i18n);
      const quiet = <T>(url: string) => live.api.get<T>(url).catch(() => undefined);
      const [detail, monthly, daily, alerts] = await Promise.all([
        quiet<BuildingDetail>(buildingUrl(id)),
        quiet<SeriesAnswer>(seriesUrl(id, 'month', SERIES_FROM, SERIES_TO)),
        quiet<SeriesAnswer>(seriesUrl(id, 'day', SERIES_FROM, SERIES_TO)),
        quiet<AlertsAnswer>(openAlertsUrl(id)),
      ]);
      return buildingPopup(p, i18n, { detail, monthly, daily, alerts: alerts?.alerts });
    },
  };
}

/**
 * The colour switch, with a note on size. The panel draws the legend once; on a switch the legend
 * beside these controls (the panel's own list in the same layer entry) is redrawn for the new mode.
 */
function colorControls(settings: EnergySettings, i18n: I18n): HTMLElement {
  const container = el('div', { class: 'layer-controls' });
  const choices = COLOR_MODES.map((mode) => {
    const input = el('input', {
      type: 'radio',
      name: 'energy-color',
      value: mode,
      id: `energy-color-${mode}`,
      'data-energy-color': mode,
    });
    input.checked = settings.colorMode === mode;
    input.addEventListener('change', () => {
      if (!input.checked) return;
      settings.setColorMode(mode);
      const legend = container.parentElement?.querySelector('ul.legend');
      legend?.replaceWith(renderLegend(colorLegend(mode, i18n), legend.getAttribute('aria-label') ?? ''));
    });
    return el('label', { for: `energy-color-${mode}` }, input, ` ${i18n.t(`energy.color.${mode}`)}`);
  });
  container.append(
    el('fieldset', { class: 'control-choice' }, el('legend', {}, i18n.t('energy.colorBy')), ...choices),
    el('p', { class: 'layer-note' }, i18n.t('energy.sizeNote')),
  );
  return container;
}
